from typing import Any

from fastapi import APIRouter

from app.api.deps import State

router = APIRouter(tags=["health"])


@router.get("/health")
def health(state: State) -> dict[str, Any]:
    """Liveness for Docker and load balancers; no auth, no secrets."""
    data = {
        "status": "ok",
        "uptimeSeconds": state.uptime_seconds(),
        "connections": len(state.hub.connections),
        "rooms": state.hub.room_count,
    }
    return {"data": data}
