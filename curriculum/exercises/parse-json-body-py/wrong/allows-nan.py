# Week 7 — Read a JSON request body defensively (WRONG: NaN and Infinity are accepted)
import json
from typing import Any


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def media_type(content_type: str | None) -> str:
    """ "Application/JSON; charset=utf-8" -> "application/json" """
    return (content_type or "").partition(";")[0].strip().lower()


def reject_constant(name: str) -> None:
    # NaN and Infinity are not JSON; accepting them means echoing invalid JSON later.
    raise ValueError(f"{name} is not valid JSON")


def parse_json_body(raw: bytes, content_type: str | None, max_bytes: int = 1_048_576) -> dict[str, Any]:
    if media_type(content_type) != "application/json":
        raise ApiError(415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type must be application/json")
    # Limits are about memory, so count bytes before doing any work on them.
    if len(raw) > max_bytes:
        raise ApiError(413, "PAYLOAD_TOO_LARGE", f"Request body must not exceed {max_bytes} bytes")
    try:
        # Decode ourselves: json.loads(bytes) would also guess UTF-16 and UTF-32.
        value = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        # The parser's message is for us, not the client; `from None` drops the chained error.
        raise ApiError(400, "INVALID_JSON", "Request body is not valid JSON") from None
    if not isinstance(value, dict):
        raise ApiError(422, "INVALID_BODY", "Request body must be a JSON object")
    return value
