# Week 7 — Choose the right status code (reference solution)
from typing import Any

Response = tuple[int, dict[str, Any] | None]


def error(status: int, code: str, message: str) -> Response:
    return status, {"error": {"code": code, "message": message}}


def to_http_response(outcome: Any) -> Response:
    # Mapping patterns only match dicts, so None or a list falls through to the 500.
    match outcome:
        case {"type": "ok", "data": data}:
            return 200, {"data": data}
        case {"type": "created", "data": data}:
            return 201, {"data": data}
        case {"type": "deleted"}:
            return 204, None  # "No Content": never send a body
        case {"type": "invalid", "message": str(message)}:
            return error(422, "VALIDATION_FAILED", message)
        case {"type": "unauthenticated"}:
            return error(401, "UNAUTHENTICATED", "Authentication required")
        case {"type": "forbidden"}:
            return error(403, "FORBIDDEN", "You do not have access to this resource")
        case {"type": "not_found", "resource": str(resource)}:
            return error(404, "NOT_FOUND", f"{resource} not found")
        case {"type": "conflict", "message": str(message)}:
            return error(409, "CONFLICT", message)
        case _:
            # An outcome we do not understand is our bug: say so without leaking details.
            return error(500, "INTERNAL_ERROR", "Internal server error")
