"""The WebSocket endpoint: the token is checked BEFORE the WebSocket is accepted. A missing
or bad `?token=` gets a plain HTTP 401 response instead of the upgrade (the ASGI
"denial response" extension). Browsers cannot set headers on a WebSocket handshake,
hence the query parameter."""

from fastapi import APIRouter, WebSocket, WebSocketDisconnect
from fastapi.responses import JSONResponse

from app.core.security import InvalidTokenError
from app.ws.connection import ChatConnection
from app.ws.rate_limit import TokenBucket, ViolationCounter
from app.ws.state import ChatState

WS_PATH = "/ws"

router = APIRouter()


async def reject(websocket: WebSocket, status: int, code: str, message: str) -> None:
    await websocket.send_denial_response(JSONResponse({"error": {"code": code, "message": message}}, status))


@router.websocket(WS_PATH)
async def chat_socket(websocket: WebSocket) -> None:
    state: ChatState = websocket.app.state.chat
    token = websocket.query_params.get("token")
    if not token:
        hint = f"Missing token: connect to {WS_PATH}?token=<token from POST /auth/token>"
        await reject(websocket, 401, "UNAUTHORIZED", hint)
        return
    try:
        user = state.tokens.verify(token)
    except InvalidTokenError:
        await reject(websocket, 401, "UNAUTHORIZED", "Invalid or expired token")
        return

    await websocket.accept()
    settings = state.settings
    connection = ChatConnection(
        websocket,
        user,
        TokenBucket(settings.rate_limit_burst, settings.rate_limit_per_second),
        ViolationCounter(settings.rate_limit_max_violations),
    )
    await state.hub.accept(connection)
    try:
        while not connection.closing:
            frame = await websocket.receive()
            if frame["type"] == "websocket.disconnect":
                break
            await state.hub.on_frame(connection, frame.get("text"), frame.get("bytes"))
    except WebSocketDisconnect:
        pass
    finally:
        await state.hub.disconnect(connection)


@router.websocket("/{path:path}")
async def unknown_socket(websocket: WebSocket) -> None:
    await reject(websocket, 404, "NOT_FOUND", f"WebSocket endpoint is {WS_PATH}")
