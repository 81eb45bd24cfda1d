"""Routes you have not built yet (starter project): each answers 501 naming its review stage.

Replace each `todo(...)` with the real route, then run `backend-roadmap review --stage <n>`.
"""

from fastapi import APIRouter
from fastapi.responses import JSONResponse


def todo(router: APIRouter, method: str, path: str, stage: str, what: str) -> None:
    """Registers `method path` answering 501 {"error": {"code": "NOT_IMPLEMENTED", ...}}."""
    message = f"TODO (stage {stage}): {what}"

    def not_implemented() -> JSONResponse:
        error = {"code": "NOT_IMPLEMENTED", "message": message}
        return JSONResponse(status_code=501, content={"error": error})

    router.add_api_route(path, not_implemented, methods=[method], summary=message)
