# Week 8 — An error handler that does not leak
#
# HttpError(status, message, code="HTTP_ERROR"): an expected failure a handler can raise.
# handle_error(exc, environ, start_response) -> list[bytes], a WSGI response with JSON
#   {"error": {"code": ..., "message": ...}}:
#   4xx HttpError -> its status, code and message (401 adds WWW-Authenticate: Bearer)
#   sqlite3.IntegrityError -> 409 CONFLICT "Resource already exists"
#   anything else -> 500 INTERNAL_ERROR "Internal server error", logged with its traceback
#   on logging.getLogger("api")
import json
import logging
import traceback

log = logging.getLogger("api")


class HttpError(Exception):
    def __init__(self, status, message, code="HTTP_ERROR"):
        super().__init__(message)
        # TODO: status, message and code


def handle_error(exc, environ, start_response):
    # Every error becomes a 500, and the traceback goes to the client.
    body = json.dumps({"error": "Something went wrong!", "detail": traceback.format_exc()}).encode()
    start_response("500", [("Content-Type", "application/json")])
    return [body]
