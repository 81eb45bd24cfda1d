from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from app.api.deps import CurrentUser, State
from app.ws.protocol import ROOM_PATTERN

router = APIRouter(prefix="/rooms", tags=["rooms"])

MAX_HISTORY_PAGE = 100


@router.get("/{room}/messages")
def history(
    room: Annotated[str, Path(pattern=ROOM_PATTERN.replace("a-z", "A-Za-z"))],
    _user: CurrentUser,
    state: State,
    before: Annotated[int | None, Query(ge=1)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_HISTORY_PAGE)] = 50,
) -> dict[str, Any]:
    """Newest page first; each page is oldest-to-newest. Follow meta.nextBefore for older pages."""
    room = room.lower()
    page = state.messages.page(room, limit, before)
    meta = {"room": room, "limit": limit, "count": len(page.messages), "nextBefore": page.next_before}
    return {"data": page.messages, "meta": meta}
