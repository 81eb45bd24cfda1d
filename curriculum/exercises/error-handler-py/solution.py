# Week 8 — An error handler that does not leak (reference solution)
import json
import logging
import sqlite3
from collections.abc import Callable
from http import HTTPStatus

log = logging.getLogger("api")


class HttpError(Exception):
    """An expected failure whose status and message are safe to show the client."""

    def __init__(self, status: int, message: str, code: str = "HTTP_ERROR") -> None:
        super().__init__(message)
        self.status, self.message, self.code = status, message, code


def describe(exc: BaseException) -> tuple[int, str, str]:
    if isinstance(exc, HttpError) and 400 <= exc.status < 500:
        return exc.status, exc.code, exc.message
    if isinstance(exc, sqlite3.IntegrityError):
        # The constraint text names tables and columns: keep it in the server.
        return 409, "CONFLICT", "Resource already exists"
    # A bug or an outage: the details go to the log, with the traceback, never to the client.
    log.error("unhandled error", exc_info=exc)
    return 500, "INTERNAL_ERROR", "Internal server error"


def handle_error(exc: BaseException, environ: dict, start_response: Callable) -> list[bytes]:
    status, code, message = describe(exc)
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    headers = [("Content-Type", "application/json; charset=utf-8"), ("Content-Length", str(len(body)))]
    if status == 401:
        headers.append(("WWW-Authenticate", "Bearer"))
    start_response(f"{status} {HTTPStatus(status).phrase}", headers)
    return [body]
