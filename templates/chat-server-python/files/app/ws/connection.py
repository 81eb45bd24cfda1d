"""Per-socket state: who it is, which rooms it is in, its rate limit."""

import json
import logging
from typing import Any

from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketState

from app.core.security import ChatUser
from app.ws.rate_limit import TokenBucket, ViolationCounter

logger = logging.getLogger("app.ws")


class ChatConnection:
    def __init__(self, websocket: WebSocket, user: ChatUser, bucket: TokenBucket, violations: ViolationCounter) -> None:
        self.websocket = websocket
        self.user = user
        self.bucket = bucket
        self.violations = violations
        self.rooms: set[str] = set()
        self.closing = False  # once we decided to close, further frames are ignored

    @property
    def nickname(self) -> str:
        return self.user.nickname

    async def send(self, event: dict[str, Any]) -> None:
        if self.closing or self.websocket.application_state != WebSocketState.CONNECTED:
            return
        try:
            await self.websocket.send_text(json.dumps(event, separators=(",", ":")))
        except (WebSocketDisconnect, RuntimeError, OSError) as error:
            # The peer vanished between our check and the send; its own loop cleans up.
            logger.debug("send to %s failed: %s", self.user.session_id, error)

    async def send_error(self, code: str, message: str, **extra: Any) -> None:
        await self.send({"type": "error", "code": code, "message": message, **extra})

    async def close(self, code: int, reason: str) -> None:
        if self.closing:
            return
        self.closing = True
        try:
            await self.websocket.close(code=code, reason=reason)
        except (RuntimeError, OSError):
            logger.debug("close of %s failed: already closed", self.user.session_id)
