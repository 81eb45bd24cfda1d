# Week 7 — Match resource URLs to routes
#
# match_route(pattern, path) -> {"name": value, ...} or None
#   patterns like "/users/{user_id}/posts" or "/users/{user_id:int}"
# find_route(routes, method, path) ->
#   {"status": 200, "route": route, "params": params} | {"status": 405, "allow": [...]} | {"status": 404}


def match_route(pattern, path):
    return {} if pattern == path else None  # no parameters, no trailing slash, no query string...


def find_route(routes, method, path):
    raise NotImplementedError("find_route")
