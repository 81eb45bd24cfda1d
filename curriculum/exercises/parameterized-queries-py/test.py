import sqlite3
import unittest

import learner

INJECTION = "' OR '1'='1"


class RecordingConnection:
    """Wraps a real in-memory sqlite3 connection and records every SQL text sent to it."""

    def __init__(self) -> None:
        self.real = sqlite3.connect(":memory:")
        self.real.row_factory = sqlite3.Row
        self.real.executescript(
            """
            CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT UNIQUE NOT NULL, display_name TEXT NOT NULL);
            CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT NOT NULL, created_at TEXT NOT NULL);
            CREATE TABLE post_tags (post_id INTEGER NOT NULL, tag TEXT NOT NULL);
            INSERT INTO users VALUES (1, 'ada@example.com', 'Ada'), (2, 'grace@example.com', 'Grace');
            INSERT INTO posts VALUES
              (1, 'Node streams', '2026-01-10'),
              (2, '100% uptime myths', '2026-02-01'),
              (3, 'Joins in SQL', '2026-03-01'),
              (4, '1000 tips for SQL', '2026-01-20'),
              (5, 'snake_case or camelCase', '2026-02-15'),
              (6, 'snakes and ladders', '2026-02-20'),
              (7, 'A backslash \\ in titles', '2026-02-25');
            """
        )
        self.calls: list[tuple[str, str, object]] = []

    def execute(self, sql, params=()):
        self.calls.append(("execute", sql, params))
        return self.real.execute(sql, params)

    def executemany(self, sql, seq):
        seq = list(seq)
        self.calls.append(("executemany", sql, seq))
        return self.real.executemany(sql, seq)

    def cursor(self):
        return RecordingCursor(self)

    def commit(self):
        self.real.commit()

    def __enter__(self):
        self.real.__enter__()
        return self

    def __exit__(self, *exc_info):
        return self.real.__exit__(*exc_info)

    def __getattr__(self, name):
        return getattr(self.real, name)

    def table_names(self) -> set[str]:
        rows = self.real.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        return {r[0] for r in rows}

    def sql_texts(self) -> list[str]:
        return [sql for _, sql, _ in self.calls]


class RecordingCursor:
    def __init__(self, owner: RecordingConnection) -> None:
        self.owner = owner
        self.real = owner.real.cursor()

    def execute(self, sql, params=()):
        self.owner.calls.append(("execute", sql, params))
        self.real.execute(sql, params)
        return self

    def executemany(self, sql, seq):
        seq = list(seq)
        self.owner.calls.append(("executemany", sql, seq))
        self.real.executemany(sql, seq)
        return self

    def __getattr__(self, name):
        return getattr(self.real, name)


def values(params) -> list:
    """The parameter values, whether passed as a tuple/list (?) or a dict (:name)."""
    return list(params.values()) if isinstance(params, dict) else list(params)


def ids(rows):
    return [r["id"] for r in rows]


class FindUserByEmail(unittest.TestCase):
    def test_placeholder(self):
        """find_user_by_email sends the email as a parameter: the SQL text uses ? and does not contain it"""
        conn = RecordingConnection()
        learner.find_user_by_email(conn, "ada@example.com")
        self.assertEqual(len(conn.calls), 1, "expected exactly one query")
        _, sql, params = conn.calls[0]
        self.assertRegex(sql, r"\?|:\w+", "the SQL should use a placeholder (? or :email)")
        self.assertNotIn("ada@example.com", sql, f"the email is inside the SQL text: {sql}")
        self.assertEqual(values(params), ["ada@example.com"])

    def test_returns_dict_or_none(self):
        """find_user_by_email returns {"id": 1, "email": "ada@example.com", "display_name": "Ada"}, or None for an unknown email"""
        conn = RecordingConnection()
        self.assertEqual(
            learner.find_user_by_email(conn, "ada@example.com"), {"id": 1, "email": "ada@example.com", "display_name": "Ada"}
        )
        self.assertIsNone(learner.find_user_by_email(conn, "nobody@example.com"))

    def test_injection(self):
        """an email of ' OR '1'='1 finds nobody, and the SQL text is the same as for a normal email"""
        conn = RecordingConnection()
        learner.find_user_by_email(conn, "ada@example.com")
        found = learner.find_user_by_email(conn, INJECTION)
        self.assertIsNone(found, "the injection matched a user: the input was read as SQL")
        normal, attack = conn.sql_texts()
        self.assertEqual(attack, normal, "user input changed the SQL text")

    def test_quote_in_email(self):
        """an email containing a quote (o'brien@example.com) is a value like any other, not an SQL error"""
        conn = RecordingConnection()
        conn.real.execute("INSERT INTO users VALUES (3, 'o''brien@example.com', 'Pat')")
        self.assertEqual(learner.find_user_by_email(conn, "o'brien@example.com")["display_name"], "Pat")


class SearchPosts(unittest.TestCase):
    def test_term_is_parameter(self):
        """search_posts("SQL") returns matching posts (newest first) and the term is not in the SQL text"""
        conn = RecordingConnection()
        rows = learner.search_posts(conn, "SQL")
        self.assertEqual(ids(rows), [3, 4])
        self.assertEqual(rows[0], {"id": 3, "title": "Joins in SQL", "created_at": "2026-03-01"})
        sql = conn.sql_texts()[0]
        self.assertNotIn("SQL'", sql)
        self.assertNotIn("%SQL", sql, f"the term is inside the SQL text: {sql}")

    def test_case_insensitive(self):
        """the search is case-insensitive: "node" finds "Node streams" """
        self.assertEqual(ids(learner.search_posts(RecordingConnection(), "node")), [1])

    def test_drop_table_term(self):
        """a term like "'; DROP TABLE posts; --" matches nothing, never reaches the SQL text, and the table survives"""
        conn = RecordingConnection()
        self.assertEqual(learner.search_posts(conn, "'; DROP TABLE posts; --"), [])
        self.assertFalse(any("DROP" in sql.upper() for sql in conn.sql_texts()), conn.sql_texts())
        self.assertIn("posts", conn.table_names())

    def test_like_wildcards_are_literal(self):
        """% and _ in the term match literally: "100%" finds only "100% uptime myths", "e_c" only "snake_case ..." """
        conn = RecordingConnection()
        self.assertEqual(ids(learner.search_posts(conn, "100%")), [2], "'100%' must not match '1000 tips for SQL'")
        self.assertEqual(ids(learner.search_posts(conn, "e_c")), [5], "'_' must not match any single character")
        self.assertEqual(ids(learner.search_posts(conn, "\\")), [7], "a backslash is matched literally too")

    def test_sort_allowlist(self):
        """sort "old" and "title" pick the order; the default "new" is newest first"""
        conn = RecordingConnection()
        self.assertEqual(ids(learner.search_posts(conn, "s", sort="new")), [3, 7, 6, 5, 2, 4, 1])
        self.assertEqual(ids(learner.search_posts(conn, "s", sort="old")), [1, 4, 2, 5, 6, 7, 3])
        self.assertEqual(ids(learner.search_posts(conn, "s", sort="title")), [2, 4, 7, 3, 1, 5, 6])

    def test_sort_injection(self):
        """an unknown sort such as "title; DROP TABLE posts" falls back to newest first and never reaches the SQL text"""
        conn = RecordingConnection()
        for sort in ["title; DROP TABLE posts", "(SELECT email FROM users)", "id"]:
            with self.subTest(sort=sort):
                rows = learner.search_posts(conn, "SQL", sort=sort)
                self.assertEqual(ids(rows), [3, 4], f"sort {sort!r} should fall back to 'new'")
        self.assertFalse(any("DROP" in s.upper() or "EMAIL" in s.upper() for s in conn.sql_texts()), conn.sql_texts())
        self.assertIn("posts", conn.table_names())

    def test_limit_is_parameter(self):
        """the limit travels as a parameter: limit=2 returns 2 rows and the SQL text has no 2 in it"""
        conn = RecordingConnection()
        self.assertEqual(len(learner.search_posts(conn, "s", limit=2)), 2)
        _, sql, params = conn.calls[0]
        self.assertNotRegex(sql, r"\b2\b", f"the limit is inside the SQL text: {sql}")
        self.assertIn(2, values(params))

    def test_limit_clamped(self):
        """the limit is clamped to 1..50, and anything that is not a whole number becomes 20"""
        cases = [(500, 50), (50, 50), (0, 1), (-5, 1), (None, 20), ("abc", 20), ("10; DROP TABLE posts", 20), ("15", 15), (True, 20), (7.9, 7)]
        for limit, expected in cases:
            conn = RecordingConnection()
            learner.search_posts(conn, "x", limit=limit)
            _, sql, params = conn.calls[0]
            numbers = [p for p in values(params) if isinstance(p, int) and not isinstance(p, bool)]
            self.assertEqual(numbers, [expected], msg=f"limit {limit!r} should become {expected}")
            self.assertNotIn("DROP", sql.upper())


class AddTags(unittest.TestCase):
    def test_executemany(self):
        """add_tags(conn, 1, ["sql", "security"]) inserts 2 rows with one executemany call and returns 2"""
        conn = RecordingConnection()
        self.assertEqual(learner.add_tags(conn, 1, ["sql", "security"]), 2)
        self.assertEqual([kind for kind, _, _ in conn.calls], ["executemany"], "expected a single executemany call")
        rows = conn.real.execute("SELECT post_id, tag FROM post_tags ORDER BY tag").fetchall()
        self.assertEqual([tuple(r) for r in rows], [(1, "security"), (1, "sql")])

    def test_hostile_tags(self):
        """a tag like "x'); DROP TABLE posts; --" is stored as-is and never reaches the SQL text"""
        conn = RecordingConnection()
        evil = "x'); DROP TABLE posts; --"
        self.assertEqual(learner.add_tags(conn, 3, [evil, "it's"]), 2)
        self.assertIn("posts", conn.table_names())
        stored = [r[0] for r in conn.real.execute("SELECT tag FROM post_tags ORDER BY rowid")]
        self.assertEqual(stored, [evil, "it's"])
        self.assertFalse(any("DROP" in s.upper() for s in conn.sql_texts()), conn.sql_texts())

    def test_no_tags(self):
        """add_tags with an empty list inserts nothing and returns 0"""
        conn = RecordingConnection()
        self.assertEqual(learner.add_tags(conn, 1, []), 0)
        self.assertEqual(conn.real.execute("SELECT COUNT(*) FROM post_tags").fetchone()[0], 0)


if __name__ == "__main__":
    unittest.main()
