# WRONG: two queries, but the users are matched to posts by position, as if rows came back in the order asked.
def get_posts_with_authors(conn):
    posts = conn.execute("SELECT id, title, author_id FROM posts ORDER BY id").fetchall()
    ids = [p["author_id"] for p in posts if p["author_id"] is not None]
    users = []
    if ids:
        marks = ", ".join("?" * len(ids))
        users = conn.execute(f"SELECT id, display_name FROM users WHERE id IN ({marks})", ids).fetchall()
    authors = iter(users)
    result = []
    for p in posts:
        user = next(authors, None) if p["author_id"] is not None else None
        result.append({"id": p["id"], "title": p["title"], "author": {"id": user["id"], "display_name": user["display_name"]} if user else None})
    return result
