# Week 8 — Paginate a list
#
# paginate(items, query=None) -> {"data": [...], "meta": {"page", "limit", "total", "totalPages"}}
#   page default 1, limit default 10, limit at most 100;
#   an invalid page or limit raises ValueError naming the parameter.


def paginate(items, query=None):
    # Ignores the query: always the whole list, and the numbers are made up.
    return {"data": items, "meta": {"page": 1, "limit": len(items), "total": len(items), "totalPages": 1}}
