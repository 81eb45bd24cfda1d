"""`python -m app`: runs the server on HOST:PORT, with the heartbeat from HEARTBEAT_INTERVAL_MS."""

import uvicorn

from app.core.config import get_settings

if __name__ == "__main__":
    settings = get_settings()
    heartbeat = settings.heartbeat_interval_ms / 1000
    # uvicorn pings every client each `heartbeat` seconds and drops one that has not
    # answered within the next `heartbeat` seconds (a vanished laptop never sends a close).
    uvicorn.run(
        "app.main:app",
        host=settings.host,
        port=settings.port,
        ws_ping_interval=heartbeat,
        ws_ping_timeout=heartbeat,
        ws_max_size=settings.max_message_bytes * 2,
    )
