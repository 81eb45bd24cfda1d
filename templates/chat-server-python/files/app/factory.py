"""Builds the FastAPI app. app/main.py is what uvicorn runs; tests call create_app()."""

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from time import monotonic

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse

from app.api.routes import auth, health, rooms
from app.core.config import Settings
from app.core.db import create_schema, make_engine
from app.core.errors import install_error_handlers
from app.core.openapi import install_openapi
from app.core.security import TokenService
from app.services.messages import MessageStore
from app.ws import endpoint
from app.ws.hub import ChatHub, HubLimits
from app.ws.state import ChatState

logger = logging.getLogger("app")

MAX_BODY_BYTES = 10_000
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def create_app(settings: Settings) -> FastAPI:
    engine = make_engine(settings.database_path)
    messages = MessageStore(engine)
    limits = HubLimits(settings.history_limit, settings.max_message_bytes, settings.max_rooms_per_connection)
    state = ChatState(
        settings=settings,
        tokens=TokenService(settings.effective_jwt_secret, settings.token_ttl_seconds),
        messages=messages,
        hub=ChatHub(messages, limits),
        started_at=monotonic(),
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        for warning in settings.warnings():
            logger.warning(warning)
        create_schema(engine)
        logger.info("history in %s", settings.database_path)
        yield
        await state.hub.close_all()
        engine.dispose()

    app = FastAPI(title="Chat server", version="1.0.0", lifespan=lifespan, redoc_url=None)
    app.state.chat = state
    install_error_handlers(app)

    @app.middleware("http")
    async def guard(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        length = request.headers.get("content-length", "0")
        if length.isdigit() and int(length) > MAX_BODY_BYTES:
            body = {"error": {"code": "PAYLOAD_TOO_LARGE", "message": "Request body is too large"}}
            response: Response = JSONResponse(body, status_code=413)
        else:
            response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    for module in (health, auth, rooms, endpoint):
        app.include_router(module.router)
    install_openapi(app)
    return app
