import time

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text

from app.api.deps import SessionDep
from app.api.errors import error_response

router = APIRouter(tags=["system"])
STARTED = time.monotonic()


@router.get("/health", responses={503: {"description": "The database is not reachable"}})
def health(session: SessionDep) -> JSONResponse:
    """Liveness plus a one-query database check (used by the Docker HEALTHCHECK)."""
    try:
        session.execute(text("SELECT 1"))
    except Exception:  # any failure means "not healthy"
        return error_response(503, "UNAVAILABLE", "Database is not reachable")
    uptime = round(time.monotonic() - STARTED)
    return JSONResponse({"data": {"status": "ok", "database": "up", "uptimeSeconds": uptime}})
