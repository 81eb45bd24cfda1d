# Week 7 — Read a JSON request body defensively
#
# parse_json_body(raw: bytes, content_type: str | None, max_bytes=1_048_576) -> dict
# raises ApiError, checking in order:
#   415 UNSUPPORTED_MEDIA_TYPE, 413 PAYLOAD_TOO_LARGE, 400 INVALID_JSON, 422 INVALID_BODY
import json


class ApiError(Exception):
    def __init__(self, status, code, message):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def parse_json_body(raw, content_type, max_bytes=1_048_576):
    # Trusts everything: any content type, any size, and json.loads may raise anything.
    return json.loads(raw)
