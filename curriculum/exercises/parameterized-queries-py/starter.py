# Week 10 — SQL injection: this code works, and is dangerously wrong.
# Rewrite every query with ? placeholders and a parameters tuple.
# (The tests pass in a sqlite3 connection whose row_factory is sqlite3.Row.)
import sqlite3


def find_user_by_email(conn: sqlite3.Connection, email: str) -> dict | None:
    """The user with this email as {"id", "email", "display_name"}, or None."""
    row = conn.execute(f"SELECT id, email, display_name FROM users WHERE email = '{email}'").fetchone()
    return dict(row) if row else None


def search_posts(conn: sqlite3.Connection, term: str, *, sort: str = "new", limit: object = 20) -> list[dict]:
    """Posts whose title contains term, sorted by an allowlisted key, at most limit (1..50, default 20)."""
    rows = conn.execute(
        f"SELECT id, title, created_at FROM posts WHERE title LIKE '%{term}%' ORDER BY {sort} LIMIT {limit}"
    ).fetchall()
    return [dict(r) for r in rows]


def add_tags(conn: sqlite3.Connection, post_id: int, tags: list[str]) -> int:
    """Insert one post_tags row per tag (one executemany call); return how many rows were inserted."""
    for tag in tags:
        conn.execute(f"INSERT INTO post_tags (post_id, tag) VALUES ({post_id}, '{tag}')")
    return len(tags)
