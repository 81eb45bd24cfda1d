"""Everything a client may send, as JSON text frames (see "WebSocket protocol" in the README).
Unknown keys are rejected so typos ("txt" instead of "text") fail loudly."""

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

MAX_TEXT_LENGTH = 2000
ROOM_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,31}$"


def _room_name(value: str) -> str:
    # Lower-cased first: "General" and "general" are the same room.
    room = value.strip().lower()
    if not re.match(ROOM_PATTERN, room):
        raise ValueError('room must be 1-32 characters: letters, digits, "_" or "-", starting with a letter or digit')
    return room


Room = Annotated[str, AfterValidator(_room_name)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_TEXT_LENGTH)]


class Frame(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class Join(Frame):
    type: Literal["join"]
    room: Room


class Leave(Frame):
    type: Literal["leave"]
    room: Room


class Post(Frame):
    type: Literal["message"]
    room: Room
    text: Text


class Typing(Frame):
    type: Literal["typing"]
    room: Room
    is_typing: bool = Field(alias="isTyping")


class Ping(Frame):
    type: Literal["ping"]


ClientFrame = Join | Leave | Post | Typing | Ping
FRAME_TYPES: dict[str, type[Frame]] = {"join": Join, "leave": Leave, "message": Post, "typing": Typing, "ping": Ping}

# WebSocket close codes the server uses.
CLOSE_GOING_AWAY = 1001  # server shutting down
CLOSE_POLICY_VIOLATION = 1008  # sustained rate-limit abuse
CLOSE_MESSAGE_TOO_BIG = 1009  # frame larger than MAX_MESSAGE_BYTES
