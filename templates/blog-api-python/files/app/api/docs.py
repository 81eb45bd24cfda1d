"""The OpenAPI document FastAPI builds from the routes and pydantic models. Every router
declares its 422 with the shared error shape (app/api/deps.py `errors`), so FastAPI's own
validation-error schemas never appear in it (tests/api/test_system.py checks)."""

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse


def install_openapi(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
            )
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

    # The same document where the TypeScript version serves it.
    @app.get("/docs/openapi.json", include_in_schema=False)
    def openapi_json() -> JSONResponse:
        return JSONResponse(app.openapi())
