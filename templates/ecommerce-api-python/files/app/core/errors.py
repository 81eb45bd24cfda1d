"""Errors the API reports on purpose, and the one place any error becomes a response:
`{"error": {"code", "message", "details?"}}` with its HTTP status."""

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


def bad_request(code: str, message: str, details: Any = None) -> AppError:
    return AppError(400, code, message, details)


def unauthorized(code: str = "UNAUTHENTICATED", message: str = "Authentication required") -> AppError:
    return AppError(401, code, message)


def forbidden(message: str = "You are not allowed to do this") -> AppError:
    return AppError(403, "FORBIDDEN", message)


def not_found(what: str = "Resource") -> AppError:
    return AppError(404, "NOT_FOUND", f"{what} not found")


def conflict(code: str, message: str, details: Any = None) -> AppError:
    return AppError(409, code, message, details)


def unprocessable(code: str, message: str, details: Any = None) -> AppError:
    return AppError(422, code, message, details)


def validation_error(details: list[dict[str, str]]) -> AppError:
    """A well-formed request whose body, query or path breaks the rules (malformed JSON is a 400)."""
    return AppError(422, "VALIDATION_FAILED", "The request is not valid", details)


def error_body(error: AppError) -> dict[str, Any]:
    body: dict[str, Any] = {"code": error.code, "message": error.message}
    if error.details is not None:
        body["details"] = error.details
    return {"error": body}


def error_response(error: AppError) -> JSONResponse:
    return JSONResponse(error_body(error), status_code=error.status)


def _field_path(loc: tuple[int | str, ...]) -> str:
    # ("body", "shippingAddress", "city") -> "shippingAddress.city"
    parts = loc[1:] if loc and loc[0] in {"body", "query", "path", "header"} else loc
    return ".".join(str(part) for part in parts)


def _message(error: Any) -> str:
    # Our own validators' wording, without pydantic's "Value error, " prefix.
    if error.get("type") == "value_error" and "error" in error.get("ctx", {}):
        return str(error["ctx"]["error"])
    return str(error["msg"])


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(AppError)
    async def _app_error(_request: Request, exc: AppError) -> JSONResponse:
        return error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        if any(error.get("type") == "json_invalid" for error in errors):
            return error_response(bad_request("INVALID_JSON", "The request body is not valid JSON"))
        details = [{"path": _field_path(tuple(e["loc"])), "message": _message(e)} for e in errors]
        return error_response(validation_error(details))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        # Unknown routes and unsupported methods both answer 404, like the rest of the API.
        if exc.status_code in (404, 405):
            return error_response(not_found(f"Route {request.method} {request.url.path}"))
        return JSONResponse({"error": {"code": "HTTP_ERROR", "message": str(exc.detail)}}, exc.status_code)

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        # The details go to the log, never to the client.
        logger.error("Unhandled error", exc_info=exc)
        body = {"error": {"code": "INTERNAL_ERROR", "message": "Something went wrong on our side"}}
        return JSONResponse(body, status_code=500)
