# Week 12 — the N+1 query problem.
# This works, but makes one query for the posts and then one more per post.
import sqlite3


def get_posts_with_authors(conn: sqlite3.Connection) -> list[dict]:
    """Every post in id order as {"id", "title", "author": {"id", "display_name"} or None}."""
    posts = conn.execute("SELECT id, title, author_id FROM posts ORDER BY id").fetchall()
    result = []
    for post in posts:
        # N more round trips: one per post
        row = conn.execute("SELECT id, display_name FROM users WHERE id = ?", (post["author_id"],)).fetchone()
        result.append({"id": post["id"], "title": post["title"], "author": dict(row) if row else None})
    return result
