# WRONG: int(True) is 1, so limit=True silently becomes 1 instead of the default 20; also one INSERT per tag.
SORTS = {"new": "created_at DESC, id DESC", "old": "created_at ASC, id ASC", "title": "title ASC, id ASC"}


def find_user_by_email(conn, email):
    row = conn.execute("SELECT id, email, display_name FROM users WHERE email = ?", (email,)).fetchone()
    return dict(row) if row else None


def search_posts(conn, term, *, sort="new", limit=20):
    try:
        n = max(1, min(50, int(limit)))
    except (TypeError, ValueError):
        n = 20
    esc = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = conn.execute(
        f"SELECT id, title, created_at FROM posts WHERE title LIKE ? ESCAPE '\\' ORDER BY {SORTS.get(sort, SORTS['new'])} LIMIT ?",
        (f"%{esc}%", n),
    ).fetchall()
    return [dict(r) for r in rows]


def add_tags(conn, post_id, tags):
    for t in tags:
        conn.execute("INSERT INTO post_tags (post_id, tag) VALUES (?, ?)", (post_id, t))
    return len(tags)
