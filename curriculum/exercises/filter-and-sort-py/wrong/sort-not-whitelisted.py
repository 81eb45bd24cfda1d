# Week 8 — Filter and sort from the query string (WRONG: any key a post has may be sorted by)
from collections.abc import Mapping
from typing import Any

SORTABLE = {"createdAt", "title", "views"}
STATUSES = {"draft", "published"}


def fail(status: int, code: str, message: str) -> tuple[int, dict]:
    return status, {"error": {"code": code, "message": message}}


def parse_sort(sort: str) -> list[tuple[str, bool]]:
    """ "-views,title" -> [("views", True), ("title", False)]: (field, descending)"""
    return [(part.removeprefix("-"), part.startswith("-")) for part in sort.split(",")]


def sort_key(field: str):
    if field == "title":
        return lambda post: post[field].casefold()  # "async" before "Closures"
    return lambda post: post[field]


def list_posts(posts: list[dict], query: Mapping[str, str]) -> tuple[int, dict]:
    status = query.get("status")
    author = query.get("author")
    if status is not None and status not in STATUSES:
        return fail(422, "INVALID_FILTER", 'status must be "draft" or "published"')

    keys = parse_sort(query.get("sort", "-createdAt"))
    # An allow-list: clients sort only by fields we chose to expose (and have indexes for).
    for field, _ in keys:
        if not field:
            return fail(422, "INVALID_SORT", f'Cannot sort by "{field}"')

    rows = [
        post for post in posts
        if (status is None or post["status"] == status) and (author is None or post["author"] == author)
    ]
    # Python's sort is stable: sorting by the last key first leaves ties in that order.
    for field, descending in reversed(keys):
        rows = sorted(rows, key=sort_key(field), reverse=descending)
    return 200, {"data": rows}
