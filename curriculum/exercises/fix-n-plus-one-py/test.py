import sqlite3
import unittest

import learner

USERS = [(12, "Linus", "linus@example.com"), (10, "Ada", "ada@example.com"), (11, "Grace", "grace@example.com")]
POSTS = [
    (6, "Kernels", 12),
    (1, "Hello", 10),
    (2, "Indexes", 11),
    (3, "Joins", 10),
    (4, "Orphan", 99),
    (5, "Anonymous", None),
]
EXPECTED = [
    {"id": 1, "title": "Hello", "author": {"id": 10, "display_name": "Ada"}},
    {"id": 2, "title": "Indexes", "author": {"id": 11, "display_name": "Grace"}},
    {"id": 3, "title": "Joins", "author": {"id": 10, "display_name": "Ada"}},
    {"id": 4, "title": "Orphan", "author": None},
    {"id": 5, "title": "Anonymous", "author": None},
    {"id": 6, "title": "Kernels", "author": {"id": 12, "display_name": "Linus"}},
]


def database(posts=POSTS, users=USERS):
    """An in-memory database; `statements` collects every SQL statement the learner runs."""
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    conn.executescript(
        """
        CREATE TABLE users (id INTEGER PRIMARY KEY, display_name TEXT NOT NULL, email TEXT NOT NULL);
        CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT NOT NULL, author_id INTEGER);
        """
    )
    conn.executemany("INSERT INTO users VALUES (?, ?, ?)", users)
    conn.executemany("INSERT INTO posts VALUES (?, ?, ?)", posts)
    conn.commit()
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    return conn, statements


def selects(statements):
    return [s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))]


class FixNPlusOne(unittest.TestCase):
    def test_same_result(self):
        """returns every post in id order with its author {"id", "display_name"} (the same result as the slow version)"""
        conn, _ = database()
        self.assertEqual(learner.get_posts_with_authors(conn), EXPECTED)

    def test_two_queries(self):
        """makes at most 2 queries for 6 posts"""
        conn, statements = database()
        learner.get_posts_with_authors(conn)
        self.assertLessEqual(len(selects(statements)), 2, "\n".join(statements))

    def test_constant_queries(self):
        """the number of queries does not grow with the posts: 500 posts by 200 authors → at most 2 queries"""
        users = [(100 + i, f"User {i}", f"u{i}@example.com") for i in range(200)]
        posts = [(i + 1, f"Post {i + 1}", 100 + (i % 200)) for i in range(500)]
        conn, statements = database(posts, users)
        result = learner.get_posts_with_authors(conn)
        self.assertEqual(len(result), 500)
        self.assertEqual(result[4], {"id": 5, "title": "Post 5", "author": {"id": 104, "display_name": "User 4"}})
        self.assertEqual(result[499]["author"], {"id": 199, "display_name": "User 99"})
        self.assertLessEqual(len(selects(statements)), 2, f"made {len(selects(statements))} queries")

    def test_missing_authors(self):
        """a post whose author was deleted (author_id 99) or is NULL gets "author": None and is not dropped"""
        conn, _ = database()
        by_id = {p["id"]: p for p in learner.get_posts_with_authors(conn)}
        self.assertIn(4, by_id, "the post with a deleted author was dropped (inner join?)")
        self.assertIn(5, by_id, "the post with author_id NULL was dropped (inner join?)")
        self.assertIsNone(by_id[4]["author"])
        self.assertIsNone(by_id[5]["author"])

    def test_author_fields(self):
        """each author has exactly the keys id and display_name: the users' emails never leak into the result"""
        conn, _ = database()
        for post in learner.get_posts_with_authors(conn):
            if post["author"] is not None:
                self.assertEqual(set(post["author"]), {"id", "display_name"}, msg=f"post {post['id']}")
            self.assertEqual(set(post), {"id", "title", "author"}, msg=f"post {post['id']}")

    def test_no_posts(self):
        """with no posts it returns [] after a single query"""
        conn, statements = database(posts=[])
        self.assertEqual(learner.get_posts_with_authors(conn), [])
        self.assertEqual(len(selects(statements)), 1, "\n".join(statements))

    def test_only_anonymous_posts(self):
        """when no post has an author_id, every author is None (and at most 2 queries)"""
        conn, statements = database(posts=[(1, "A", None), (2, "B", None)])
        result = learner.get_posts_with_authors(conn)
        self.assertEqual(result, [{"id": 1, "title": "A", "author": None}, {"id": 2, "title": "B", "author": None}])
        self.assertLessEqual(len(selects(statements)), 2)

    def test_plain_dicts(self):
        """the result is made of plain dicts (sqlite3.Row objects cannot be turned into JSON)"""
        conn, _ = database()
        result = learner.get_posts_with_authors(conn)
        self.assertIsInstance(result, list)
        for post in result:
            self.assertIs(type(post), dict)
            self.assertIn(type(post["author"]), (dict, type(None)))


if __name__ == "__main__":
    unittest.main()
