"""The one place that turns errors into HTTP responses:
`{"error": {"code", "message", "details"?}}` with the matching status.

FastAPI answers invalid input with 422 in its own shape by default; this API keeps the 422
(a well-formed request that breaks the rules; a body that is not JSON is a 400) but uses the
same shape as every other error, so clients handle one format.
"""

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from pydantic import ValidationError as PydanticValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.errors import AppError, Issue

logger = logging.getLogger("app.errors")

# Where a value came from, named as in the error paths: body.title, query.limit, params.id
_SOURCES = {"body": "body", "query": "query", "path": "params", "header": "headers"}

_STATUS_CODES = {
    400: "BAD_REQUEST",
    401: "UNAUTHORIZED",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    413: "ENTITY_TOO_LARGE",
    415: "UNSUPPORTED_MEDIA_TYPE",
}


def error_response(
    status: int, code: str, message: str, details: list[Issue] | None = None
) -> JSONResponse:
    error: dict[str, Any] = {"code": code, "message": message}
    if details is not None:
        error["details"] = details
    return JSONResponse({"error": error}, status_code=status)


def to_issues(errors: Any) -> list[Issue]:
    """pydantic error dicts -> [{path, message}], paths like `body.tags.0`."""
    issues: list[Issue] = []
    for err in errors:
        source, *rest = [str(part) for part in err["loc"]] or ["body"]
        parts = [_SOURCES.get(source, source), *rest]
        message = str(err["msg"]).removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            # Name the unknown key in the message, like zod's strict objects do.
            message = f'Unrecognized key: "{parts.pop()}"'
        issues.append({"path": ".".join(parts), "message": message})
    return issues


def _body_model(request: Request) -> type[BaseModel] | None:
    field = getattr(request.scope.get("route"), "body_field", None)
    model = getattr(getattr(field, "field_info", None), "annotation", None)
    return model if isinstance(model, type) and issubclass(model, BaseModel) else None


def _validation_issues(request: Request, exc: RequestValidationError) -> list[Issue]:
    errors = list(exc.errors())
    model = _body_model(request)
    whole_body_bad = any(
        tuple(e["loc"]) == ("body",)
        and (e["type"] == "missing" or isinstance(exc.body, bytes | bytearray))
        for e in errors
    )
    if model is not None and whole_body_bad:
        # No body, or one that is not JSON: report what an empty object lacks, field by field.
        try:
            model.model_validate({})
        except PydanticValidationError as empty:
            body_errors = [{**e, "loc": ("body", *e["loc"])} for e in empty.errors()]
            errors = [e for e in errors if tuple(e["loc"]) != ("body",)] + body_errors
    return to_issues(errors)


async def _app_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, AppError)
    return error_response(exc.status_code, exc.code, exc.message, exc.details)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    if any(e["type"] == "json_invalid" for e in exc.errors()):
        return error_response(400, "INVALID_JSON", "Request body is not valid JSON")
    return error_response(
        422, "VALIDATION_FAILED", "Request validation failed", _validation_issues(request, exc)
    )


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code in (404, 405):
        # Unknown path, or a known path with a method it does not have: both "no such route".
        return error_response(
            404, "NOT_FOUND", f"Route {request.method} {request.url.path} not found"
        )
    if exc.status_code == 400 and exc.detail == "There was an error parsing the body":
        # FastAPI's answer to bodies json.loads cannot even decode (e.g. invalid UTF-8)
        return error_response(400, "INVALID_JSON", "Request body is not valid JSON")
    code = _STATUS_CODES.get(exc.status_code, "BAD_REQUEST" if exc.status_code < 500 else "ERROR")
    message = exc.detail if isinstance(exc.detail, str) else "Bad request"
    return error_response(exc.status_code, code, message)


class CatchUnexpectedErrors:
    """Anything not handled above is a bug: log it with its traceback, but never send
    internals (messages, stack traces, SQL) to the client."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            logger.exception("%s %s failed", scope["method"], scope["path"])
            if started:
                raise
            response = error_response(500, "INTERNAL_ERROR", "Something went wrong")
            await response(scope, receive, send)


def install_error_handlers(app: FastAPI) -> None:
    """Expected errors; CatchUnexpectedErrors (a middleware, see app/factory.py) does the rest."""
    app.add_exception_handler(AppError, _app_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
