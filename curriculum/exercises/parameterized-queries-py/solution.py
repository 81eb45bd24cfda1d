# Week 10 — parameterized queries: values never become part of the SQL text.
import math
import sqlite3

DEFAULT_LIMIT = 20
MAX_LIMIT = 50

# ORDER BY cannot take a placeholder (it names columns, not values), so the
# only SQL we paste in comes from this allowlist, never from the request.
SORTS = {
    "new": "created_at DESC, id DESC",
    "old": "created_at ASC, id ASC",
    "title": "title ASC, id ASC",
}


def find_user_by_email(conn: sqlite3.Connection, email: str) -> dict | None:
    """The user with this email as a dict, or None.

    >>> find_user_by_email(conn, "ada@example.com")
    {'id': 1, 'email': 'ada@example.com', 'display_name': 'Ada'}
    """
    row = conn.execute("SELECT id, email, display_name FROM users WHERE email = ?", (email,)).fetchone()
    return dict(row) if row else None


def escape_like(term: str) -> str:
    """Make %, _ and the escape character itself match literally in LIKE ... ESCAPE '\\'."""
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def clamp_limit(limit: object) -> int:
    """Any input → an int in 1..50; anything that is not a whole number → 20.

    >>> [clamp_limit(x) for x in (500, 0, "15", "abc", None)]
    [50, 1, 15, 20, 20]
    """
    if isinstance(limit, bool):  # True is an int in Python, but not a page size
        return DEFAULT_LIMIT
    if isinstance(limit, int):
        n = limit
    elif isinstance(limit, float) and math.isfinite(limit):
        n = int(limit)
    elif isinstance(limit, str):
        try:
            n = int(limit.strip())
        except ValueError:
            return DEFAULT_LIMIT
    else:
        return DEFAULT_LIMIT
    return max(1, min(MAX_LIMIT, n))


def search_posts(conn: sqlite3.Connection, term: str, *, sort: str = "new", limit: object = DEFAULT_LIMIT) -> list[dict]:
    """Posts whose title contains term literally, sorted by an allowlisted key.

    >>> search_posts(conn, "sql", sort="title", limit=2)
    [{'id': 3, 'title': 'Joins in SQL', 'created_at': '2026-03-01'}, ...]
    """
    order_by = SORTS.get(sort, SORTS["new"])
    rows = conn.execute(
        f"SELECT id, title, created_at FROM posts WHERE title LIKE ? ESCAPE '\\' ORDER BY {order_by} LIMIT ?",
        (f"%{escape_like(term)}%", clamp_limit(limit)),
    ).fetchall()
    return [dict(r) for r in rows]


def add_tags(conn: sqlite3.Connection, post_id: int, tags: list[str]) -> int:
    """Insert one post_tags row per tag in a single executemany call; return the row count.

    >>> add_tags(conn, 1, ["sql", "security"])
    2
    """
    cur = conn.executemany(
        "INSERT INTO post_tags (post_id, tag) VALUES (?, ?)",
        [(post_id, tag) for tag in tags],
    )
    return cur.rowcount
