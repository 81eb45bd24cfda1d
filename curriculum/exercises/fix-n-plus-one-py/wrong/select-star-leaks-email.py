# WRONG: batched correctly, but SELECT * puts every user column (email included) into the response.
def get_posts_with_authors(conn):
    posts = conn.execute("SELECT id, title, author_id FROM posts ORDER BY id").fetchall()
    ids = sorted({p["author_id"] for p in posts if p["author_id"] is not None})
    by_id = {}
    if ids:
        marks = ", ".join("?" * len(ids))
        by_id = {u["id"]: dict(u) for u in conn.execute(f"SELECT * FROM users WHERE id IN ({marks})", ids)}
    return [{"id": p["id"], "title": p["title"], "author": by_id.get(p["author_id"])} for p in posts]
