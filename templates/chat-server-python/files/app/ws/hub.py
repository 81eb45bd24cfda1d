"""The chat itself: parses and validates frames, keeps room membership, broadcasts events.
It knows nothing about the handshake; see endpoint.py for that."""

import json
import logging
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from app.core.errors import issue_details
from app.services.messages import MessageStore
from app.ws.connection import ChatConnection
from app.ws.protocol import (
    CLOSE_GOING_AWAY,
    CLOSE_MESSAGE_TOO_BIG,
    CLOSE_POLICY_VIOLATION,
    FRAME_TYPES,
    MAX_TEXT_LENGTH,
    ClientFrame,
    Join,
    Leave,
    Ping,
    Post,
    Typing,
)

logger = logging.getLogger("app.ws")


@dataclass(frozen=True)
class HubLimits:
    history_limit: int
    max_message_bytes: int
    max_rooms_per_connection: int


class ChatHub:
    def __init__(self, messages: MessageStore, limits: HubLimits) -> None:
        self.messages = messages
        self.limits = limits
        self.connections: set[ChatConnection] = set()
        self._rooms: dict[str, set[ChatConnection]] = {}

    @property
    def room_count(self) -> int:
        return len(self._rooms)

    def presence(self, room: str) -> list[str]:
        """The distinct nicknames in a room, sorted (one person may have two tabs)."""
        return sorted({member.nickname for member in self._rooms.get(room, set())})

    async def accept(self, connection: ChatConnection) -> None:
        self.connections.add(connection)
        logger.info("connection opened: %s (%s)", connection.nickname, connection.user.session_id)
        limits = {
            "maxMessageBytes": self.limits.max_message_bytes,
            "maxTextLength": MAX_TEXT_LENGTH,
            "historyOnJoin": self.limits.history_limit,
        }
        await connection.send({"type": "welcome", "nickname": connection.nickname, "limits": limits})

    async def disconnect(self, connection: ChatConnection) -> None:
        self.connections.discard(connection)
        for room in sorted(connection.rooms):
            self._remove(room, connection)
            await self._broadcast(room, self._user_left(room, connection))
        logger.info("connection closed: %s", connection.user.session_id)

    async def close_all(self) -> None:
        """Closes every socket with 1001 "going away" (used on shutdown)."""
        for connection in list(self.connections):
            await connection.close(CLOSE_GOING_AWAY, "Server shutting down")

    async def on_frame(self, connection: ChatConnection, text: str | None, data: bytes | None) -> None:
        if connection.closing:
            return
        size = len(text.encode()) if text is not None else len(data or b"")
        if size > self.limits.max_message_bytes:
            await connection.close(CLOSE_MESSAGE_TOO_BIG, "Message too big")
            return
        if not connection.bucket.try_remove():
            if connection.violations.record():
                logger.warning("closing %s for rate-limit abuse", connection.user.session_id)
                await connection.close(CLOSE_POLICY_VIOLATION, "Rate limit exceeded")
                return
            retry = connection.bucket.ms_until_next_token()
            await connection.send_error("RATE_LIMITED", "Too many messages: slow down", retryAfterMs=retry)
            return
        if text is None:
            await connection.send_error("BINARY_NOT_SUPPORTED", "Send JSON as text frames")
            return
        frame = await self._parse(connection, text)
        if frame is not None:
            await self._dispatch(connection, frame)

    async def _parse(self, connection: ChatConnection, text: str) -> ClientFrame | None:
        try:
            raw: Any = json.loads(text)
        except ValueError:
            await connection.send_error("INVALID_JSON", "Frames must be JSON objects")
            return None
        frame_type = raw.get("type") if isinstance(raw, dict) else None
        model = FRAME_TYPES.get(frame_type) if isinstance(frame_type, str) else None
        if model is None:
            expected = ", ".join(FRAME_TYPES)
            message = f"Unknown message type {json.dumps(frame_type)}; expected one of {expected}"
            await connection.send_error("INVALID_MESSAGE", message)
            return None
        try:
            return model.model_validate(raw)  # type: ignore[return-value]
        except ValidationError as error:
            details = issue_details(list(error.errors()))
            await connection.send_error("INVALID_MESSAGE", f'Invalid "{frame_type}" message', details=details)
            return None

    async def _dispatch(self, connection: ChatConnection, frame: ClientFrame) -> None:
        match frame:
            # @starter-replace: (stage rooms-and-broadcast) join (history, who is there), leave, message, typing
            case Join(room=room):
                await self._join(connection, room)
            case Leave(room=room):
                await self._leave(connection, room)
            case Post(room=room, text=text):
                await self._post(connection, room, text)
            case Typing(room=room, is_typing=is_typing):
                await self._typing(connection, room, is_typing)
            # @starter-else
            # case Join() | Leave() | Post() | Typing():
            #     message = f'TODO (stage rooms-and-broadcast): handle "{frame.type}" messages'
            #     await connection.send_error("NOT_IMPLEMENTED", message)
            # @starter-end
            case Ping():
                await connection.send({"type": "pong"})

    # @starter-replace: (stage rooms-and-broadcast) _join, _leave, _post and _typing, using _broadcast
    async def _join(self, connection: ChatConnection, room: str) -> None:
        already_in = room in connection.rooms
        if not already_in and len(connection.rooms) >= self.limits.max_rooms_per_connection:
            limit = self.limits.max_rooms_per_connection
            await connection.send_error("ROOM_LIMIT", f"You can be in at most {limit} rooms at once; leave one first")
            return
        if not already_in:
            self._rooms.setdefault(room, set()).add(connection)
            connection.rooms.add(room)
        users = self.presence(room)
        history = self.messages.recent(room, self.limits.history_limit)
        await connection.send({"type": "joined", "room": room, "users": users, "history": history})
        # Joining twice just re-sends the snapshot; the others hear about it only once.
        if not already_in:
            event = {"type": "user_joined", "room": room, "nickname": connection.nickname, "users": users}
            await self._broadcast(room, event, except_=connection)

    async def _leave(self, connection: ChatConnection, room: str) -> None:
        if not await self._require_membership(connection, room):
            return
        self._remove(room, connection)
        await connection.send({"type": "left", "room": room})
        await self._broadcast(room, self._user_left(room, connection))

    async def _post(self, connection: ChatConnection, room: str, text: str) -> None:
        if not await self._require_membership(connection, room):
            return
        # A local SQLite insert takes well under a millisecond, so it runs inline; this
        # also keeps broadcast order equal to id order.
        message = self.messages.add(room, connection.nickname, text)
        # The sender gets it too: that is its confirmation, with the server's id and time.
        await self._broadcast(room, {"type": "message", "room": room, "message": message})

    async def _typing(self, connection: ChatConnection, room: str, is_typing: bool) -> None:
        if not await self._require_membership(connection, room):
            return
        event = {"type": "typing", "room": room, "nickname": connection.nickname, "isTyping": is_typing}
        await self._broadcast(room, event, except_=connection)

    # @starter-end
    async def _require_membership(self, connection: ChatConnection, room: str) -> bool:
        if room in connection.rooms:
            return True
        await connection.send_error("NOT_IN_ROOM", f'Join room "{room}" first')
        return False

    def _remove(self, room: str, connection: ChatConnection) -> None:
        members = self._rooms.get(room, set())
        members.discard(connection)
        if not members:
            self._rooms.pop(room, None)
        connection.rooms.discard(room)

    def _user_left(self, room: str, connection: ChatConnection) -> dict[str, Any]:
        return {"type": "user_left", "room": room, "nickname": connection.nickname, "users": self.presence(room)}

    async def _broadcast(self, room: str, event: dict[str, Any], except_: ChatConnection | None = None) -> None:
        for member in list(self._rooms.get(room, set())):
            if member is not except_:
                await member.send(event)
