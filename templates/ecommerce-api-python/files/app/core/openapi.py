"""The OpenAPI document FastAPI builds from the routes, with its 422s in the shape the app answers.

FastAPI documents every validation failure as its own `HTTPValidationError` (`{"detail": [...]}`),
but app/core/errors.py answers `{"error": {"code": "VALIDATION_FAILED", "message", "details":
[{"path", "message"}]}}`: the document says that instead (tests/test_app.py compares the two)."""

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel

REF = "#/components/schemas/{model}"


class ErrorIssue(BaseModel):
    path: str
    message: str


class ErrorBody(BaseModel):
    code: str
    message: str
    details: list[ErrorIssue] | None = None


class ErrorResponse(BaseModel):
    error: ErrorBody


def _with_our_422s(document: dict[str, Any]) -> dict[str, Any]:
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    for fastapi_default in ("HTTPValidationError", "ValidationError"):
        schemas.pop(fastapi_default, None)
    error_schema = ErrorResponse.model_json_schema(ref_template=REF)
    schemas.update(error_schema.pop("$defs"))
    schemas["ErrorResponse"] = error_schema
    for operations in document.get("paths", {}).values():
        for operation in operations.values():
            response = operation.get("responses", {}).get("422")
            if response is not None:
                response["description"] = "Validation failed (VALIDATION_FAILED, one detail per field)"
                response["content"] = {"application/json": {"schema": {"$ref": REF.format(model="ErrorResponse")}}}
    return document


def install_openapi(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
            app.openapi_schema = _with_our_422s(document)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
