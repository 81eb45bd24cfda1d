# WRONG: remembers authors already fetched, but still makes one query per distinct author (N+1 in disguise).
def get_posts_with_authors(conn):
    posts = conn.execute("SELECT id, title, author_id FROM posts ORDER BY id").fetchall()
    seen = {}
    result = []
    for p in posts:
        author_id = p["author_id"]
        if author_id is not None and author_id not in seen:
            row = conn.execute("SELECT id, display_name FROM users WHERE id = ?", (author_id,)).fetchone()
            seen[author_id] = {"id": row["id"], "display_name": row["display_name"]} if row else None
        result.append({"id": p["id"], "title": p["title"], "author": seen.get(author_id)})
    return result
