# Week 8 — Paginate a list (WRONG: no upper bound on limit)
import re
from collections.abc import Mapping, Sequence
from typing import Any

DEFAULT_LIMIT = 10
MAX_LIMIT = 100
# ASCII digits, no sign, no leading zero: int() alone also accepts " 2", "+2", "1_0" and "٢".
POSITIVE_INTEGER = re.compile(r"[1-9][0-9]*")


def read_positive_int(query: Mapping[str, Any], name: str, default: int) -> int:
    if name not in query:
        return default
    value = query[name]
    if isinstance(value, bool) or not POSITIVE_INTEGER.fullmatch(str(value)):
        raise ValueError(f"{name} must be a positive integer")
    return int(value)


def paginate(items: Sequence[Any], query: Mapping[str, Any] | None = None) -> dict[str, Any]:
    query = query or {}
    page = read_positive_int(query, "page", 1)
    # Clamp instead of failing: a client asking for too much still gets a useful answer.
    limit = read_positive_int(query, "limit", DEFAULT_LIMIT)

    total = len(items)
    start = (page - 1) * limit
    return {
        "data": list(items[start:start + limit]),  # a copy; past the end it is simply []
        "meta": {"page": page, "limit": limit, "total": total, "totalPages": -(-total // limit)},
    }
