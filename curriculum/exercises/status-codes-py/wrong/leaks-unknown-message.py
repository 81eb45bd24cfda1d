# Wrong: the 500 repeats whatever message the failed outcome carried (it may hold secrets),
# and `or` turns empty data into None.


def error(status, code, message):
    return status, {"error": {"code": code, "message": message}}


def to_http_response(outcome):
    outcome = outcome or {}
    kind = outcome.get("type")
    if kind == "ok":
        return 200, {"data": outcome.get("data") or None}
    if kind == "created":
        return 201, {"data": outcome.get("data")}
    if kind == "deleted":
        return 204, None
    if kind == "invalid":
        return error(422, "VALIDATION_FAILED", outcome["message"])
    if kind == "unauthenticated":
        return error(401, "UNAUTHENTICATED", "Authentication required")
    if kind == "forbidden":
        return error(403, "FORBIDDEN", "You do not have access to this resource")
    if kind == "not_found":
        return error(404, "NOT_FOUND", f"{outcome['resource']} not found")
    if kind == "conflict":
        return error(409, "CONFLICT", outcome["message"])
    return error(500, "INTERNAL_ERROR", outcome.get("message", "Internal server error"))
