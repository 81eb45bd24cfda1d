# WRONG: every value is a parameter, but % and _ in the term still act as LIKE wildcards.
SORTS = {"new": "created_at DESC, id DESC", "old": "created_at ASC, id ASC", "title": "title ASC, id ASC"}


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
    rows = conn.execute(
        f"SELECT id, title, created_at FROM posts WHERE title LIKE ? ORDER BY {SORTS.get(sort, SORTS['new'])} LIMIT ?",
        (f"%{term}%", _limit(limit)),
    ).fetchall()
    return [dict(r) for r in rows]


def add_tags(conn, post_id, tags):
    return conn.executemany("INSERT INTO post_tags (post_id, tag) VALUES (?, ?)", [(post_id, t) for t in tags]).rowcount
