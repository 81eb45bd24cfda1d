# Week 7 — Choose the right status code
#
# to_http_response(outcome) -> (status, body), following the table in the task.
# Success bodies: {"data": ...}. Error bodies: {"error": {"code": ..., "message": ...}}.
# 204: body None. Validation failures are 422. Unknown outcomes are a generic 500.


def to_http_response(outcome):
    # Everything is "200 OK" here, even errors. Clients cannot tell what happened.
    return 200, {"data": outcome.get("data")}
