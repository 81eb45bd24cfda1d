import asyncio

from starlette.websockets import WebSocketDisconnect, WebSocketState

from app.core.security import ChatUser
from app.ws.connection import ChatConnection
from app.ws.rate_limit import TokenBucket, ViolationCounter


class VanishedSocket:
    """Looks connected, but the peer is gone: every send fails like uvicorn's does."""

    application_state = WebSocketState.CONNECTED

    def __init__(self) -> None:
        self.attempts = 0

    async def send_text(self, _text: str) -> None:
        self.attempts += 1
        raise WebSocketDisconnect(1006)


def test_a_send_to_a_vanished_peer_does_not_break_the_broadcaster() -> None:
    socket = VanishedSocket()
    connection = ChatConnection(
        socket,  # type: ignore[arg-type]
        ChatUser(nickname="ghost", session_id="s1"),
        TokenBucket(1, 1),
        ViolationCounter(1),
    )
    asyncio.run(connection.send({"type": "pong"}))  # must not raise
    assert socket.attempts == 1
