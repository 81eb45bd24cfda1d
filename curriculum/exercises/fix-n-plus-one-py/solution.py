# Week 12 — the N+1 query problem, fixed by batching: 2 queries whatever the number of posts.
import sqlite3


def get_posts_with_authors(conn: sqlite3.Connection) -> list[dict]:
    """Every post in id order with its author, in at most two queries.

    >>> get_posts_with_authors(conn)[:2]
    [{'id': 1, 'title': 'Hello', 'author': {'id': 10, 'display_name': 'Ada'}},
     {'id': 2, 'title': 'Indexes', 'author': {'id': 11, 'display_name': 'Grace'}}]
    """
    posts = conn.execute("SELECT id, title, author_id FROM posts ORDER BY id").fetchall()

    # Each author once, and no query at all when there is nothing to look up.
    ids = sorted({p["author_id"] for p in posts if p["author_id"] is not None})
    by_id: dict[int, dict] = {}
    if ids:
        marks = ", ".join("?" * len(ids))  # placeholders are generated; values stay parameters
        users = conn.execute(f"SELECT id, display_name FROM users WHERE id IN ({marks})", ids).fetchall()
        # Rows come back in no particular order: look them up by id, not by position.
        by_id = {u["id"]: {"id": u["id"], "display_name": u["display_name"]} for u in users}

    return [{"id": p["id"], "title": p["title"], "author": by_id.get(p["author_id"])} for p in posts]
