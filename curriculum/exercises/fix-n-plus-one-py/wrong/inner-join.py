# WRONG: one query, but an INNER JOIN drops the posts whose author is missing or NULL.
def get_posts_with_authors(conn):
    rows = conn.execute(
        "SELECT p.id, p.title, u.id AS author_id, u.display_name AS author_name "
        "FROM posts p JOIN users u ON u.id = p.author_id ORDER BY p.id"
    ).fetchall()
    return [{"id": r["id"], "title": r["title"], "author": {"id": r["author_id"], "display_name": r["author_name"]}} for r in rows]
