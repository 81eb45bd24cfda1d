# Wrong: validation failures answered with 400, which the course keeps for unparseable requests.


def error(status, code, message):
    return status, {"error": {"code": code, "message": message}}


def to_http_response(outcome):
    match outcome:
        case {"type": "ok", "data": data}:
            return 200, {"data": data}
        case {"type": "created", "data": data}:
            return 201, {"data": data}
        case {"type": "deleted"}:
            return 204, None
        case {"type": "invalid", "message": message}:
            return error(400, "VALIDATION_FAILED", message)
        case {"type": "unauthenticated"}:
            return error(401, "UNAUTHENTICATED", "Authentication required")
        case {"type": "forbidden"}:
            return error(403, "FORBIDDEN", "You do not have access to this resource")
        case {"type": "not_found", "resource": resource}:
            return error(404, "NOT_FOUND", f"{resource} not found")
        case {"type": "conflict", "message": message}:
            return error(409, "CONFLICT", message)
        case _:
            return error(500, "INTERNAL_ERROR", "Internal server error")
