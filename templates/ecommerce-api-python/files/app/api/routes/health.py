from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from app.api.deps import DB

router = APIRouter(tags=["health"])


@router.get("/health")
def health(db: DB) -> JSONResponse:
    """200 when the database answers, 503 otherwise (used by Docker's HEALTHCHECK)."""
    try:
        with db.begin():
            db.execute(text("SELECT 1"))
    except SQLAlchemyError:
        body = {"error": {"code": "UNHEALTHY", "message": "Database is not reachable"}}
        return JSONResponse(body, status_code=503)
    return JSONResponse({"data": {"status": "ok", "database": "up"}})
