# Week 8 — A JSON API server on http.server (WRONG: a 204 is sent with "null" as its body)
import json
import logging
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

log = logging.getLogger("api")
Route = Callable[[dict[str, Any]], tuple[int, Any]]


class HttpError(Exception):
    """An expected failure with a status we may show the client."""

    def __init__(self, status: int, code: str, message: str, headers: tuple = ()) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


class JsonApiHandler(BaseHTTPRequestHandler):
    server: "JsonApiServer"

    def handle_any(self) -> None:
        try:
            parts = urlsplit(self.path)
            handler = self.find_handler(parts.path)
            request = {
                "method": self.command,
                "path": parts.path,
                "query": dict(parse_qsl(parts.query, keep_blank_values=True)),
                "body": self.read_json_body(),
            }
            try:
                status, body = handler(request)
            except Exception:
                log.exception("unhandled error on %s %s", self.command, parts.path)
                raise HttpError(500, "INTERNAL_ERROR", "Internal server error") from None
            self.send(status, body)
        except HttpError as error:
            self.send(error.status, {"error": {"code": error.code, "message": error.message}}, error.headers)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = handle_any

    def find_handler(self, path: str) -> Route:
        routes = self.server.routes
        handler = routes.get(f"{self.command} {path}")
        if handler is not None:
            return handler
        allowed = sorted(key.split(" ", 1)[0] for key in routes if key.split(" ", 1)[1] == path)
        if allowed:
            raise HttpError(405, "METHOD_NOT_ALLOWED", f"{self.command} is not allowed here",
                            (("Allow", ", ".join(allowed)),))
        raise HttpError(404, "NOT_FOUND", f"No route for {self.command} {path}")

    def read_json_body(self) -> Any:
        raw_length = self.headers.get("Content-Length") or "0"
        if not raw_length.isascii() or not raw_length.isdigit():
            self.close_connection = True
            raise HttpError(400, "INVALID_CONTENT_LENGTH", "Content-Length must be a number")
        length = int(raw_length)
        if length > self.server.max_body_bytes:
            # Answer before reading: the body may be gigabytes. Close, since it stays unread.
            self.close_connection = True
            raise HttpError(413, "PAYLOAD_TOO_LARGE", f"Body must not exceed {self.server.max_body_bytes} bytes")
        raw = self.rfile.read(length) if length else b""
        if not raw:
            return None
        media_type = (self.headers.get("Content-Type") or "").partition(";")[0].strip().lower()
        if media_type != "application/json":
            raise HttpError(415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type must be application/json")
        try:
            return json.loads(raw.decode("utf-8"))
        except (ValueError, RecursionError):
            raise HttpError(400, "INVALID_JSON", "Request body is not valid JSON") from None

    def send(self, status: int, body: Any, headers: tuple = ()) -> None:
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        data = json.dumps(body).encode()
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        log.info(format, *args)  # access log through logging, not straight to stderr


class JsonApiServer(ThreadingHTTPServer):
    def __init__(self, address: tuple[str, int], routes: dict[str, Route], max_body_bytes: int) -> None:
        super().__init__(address, JsonApiHandler)
        self.routes, self.max_body_bytes = routes, max_body_bytes


def create_server(
    routes: dict[str, Route], host: str = "127.0.0.1", port: int = 0, max_body_bytes: int = 1_048_576
) -> ThreadingHTTPServer:
    return JsonApiServer((host, port), routes, max_body_bytes)
