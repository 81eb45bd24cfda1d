# WRONG: the values are parameters, but the ORDER BY column is pasted in from the request.
def find_user_by_email(conn, email):
    row = conn.execute("SELECT id, email, display_name FROM users WHERE email = ?", (email,)).fetchone()
    return dict(row) if row else None


def _limit(limit):
    if isinstance(limit, bool):
        return 20
    try:
        n = int(limit)
    except (TypeError, ValueError):
        return 20
    return max(1, min(50, n))


def search_posts(conn, term, *, sort="new", limit=20):
    esc = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    order_by = {"new": "created_at DESC, id DESC", "old": "created_at ASC, id ASC"}.get(sort, f"{sort} ASC, id ASC")
    rows = conn.execute(
        f"SELECT id, title, created_at FROM posts WHERE title LIKE ? ESCAPE '\\' ORDER BY {order_by} LIMIT ?",
        (f"%{esc}%", _limit(limit)),
    ).fetchall()
    return [dict(r) for r in rows]


def add_tags(conn, post_id, tags):
    return conn.executemany("INSERT INTO post_tags (post_id, tag) VALUES (?, ?)", [(post_id, t) for t in tags]).rowcount
