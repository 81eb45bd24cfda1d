# Wrong: "forbidden" answered with 401, so the client asks a logged-in user to log in again;
# and "deleted" sends a body with its 204.


def error(status, code, message):
    return status, {"error": {"code": code, "message": message}}


STATUS = {"ok": 200, "created": 201, "deleted": 204}


def to_http_response(outcome):
    if not isinstance(outcome, dict):
        return error(500, "INTERNAL_ERROR", "Internal server error")
    kind = outcome.get("type")
    if kind in STATUS:
        return STATUS[kind], {"data": outcome.get("data")}
    if kind == "invalid":
        return error(422, "VALIDATION_FAILED", outcome["message"])
    if kind in ("unauthenticated", "forbidden"):
        return error(401, "UNAUTHENTICATED", "Authentication required")
    if kind == "not_found":
        return error(404, "NOT_FOUND", f"{outcome['resource']} not found")
    if kind == "conflict":
        return error(409, "CONFLICT", outcome["message"])
    return error(500, "INTERNAL_ERROR", "Internal server error")
