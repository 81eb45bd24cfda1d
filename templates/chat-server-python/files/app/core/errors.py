"""Errors the HTTP layer reports on purpose, and the one place any error becomes a
response: `{"error": {"code", "message", "details?"}}`."""

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

logger = logging.getLogger("app")


class AppError(Exception):
    def __init__(self, status: int, code: str, message: str, details: Any = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details


def unauthorized(message: str = "Missing or invalid access token") -> AppError:
    return AppError(401, "UNAUTHORIZED", message)


def error_response(status: int, code: str, message: str, details: Any = None) -> JSONResponse:
    body: dict[str, Any] = {"code": code, "message": message}
    if details is not None:
        body["details"] = details
    return JSONResponse({"error": body}, status_code=status)


def issue_details(errors: list[Any]) -> list[dict[str, str]]:
    """pydantic errors as `[{"path": "room", "message": "..."}]` (HTTP and WebSocket alike)."""
    details = []
    for error in errors:
        loc = tuple(error["loc"])
        parts = loc[1:] if loc and loc[0] in {"body", "query", "path", "header"} else loc
        message = str(error["msg"])
        if error["type"] == "value_error" and "error" in error.get("ctx", {}):
            message = str(error["ctx"]["error"])  # our own wording, without pydantic's "Value error, "
        if error["type"] == "extra_forbidden" and parts:
            # Reported on the object that has the key, as the Node.js version (zod) does.
            parts, message = parts[:-1], f'Unrecognized key: "{parts[-1]}"'
        details.append({"path": ".".join(str(part) for part in parts), "message": message})
    return details


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(AppError)
    async def _app_error(_request: Request, exc: AppError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.details)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        if any(error.get("type") == "json_invalid" for error in errors):
            return error_response(400, "INVALID_JSON", "Request body is not valid JSON")
        # A well-formed request whose body, query or path breaks the rules.
        return error_response(422, "VALIDATION_FAILED", "Invalid request", issue_details(list(errors)))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code in (404, 405):
            return error_response(404, "NOT_FOUND", f"No route for {request.method} {request.url.path}")
        return error_response(exc.status_code, "HTTP_ERROR", str(exc.detail))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        # Details go to the log, never to the client.
        logger.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
        return error_response(500, "INTERNAL_ERROR", "Something went wrong")
