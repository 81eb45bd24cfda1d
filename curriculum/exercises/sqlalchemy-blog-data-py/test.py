import unittest
from datetime import datetime

import sqlalchemy as sa
from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy import create_engine, event, inspect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

import learner

SAME = datetime(2026, 3, 1, 9, 0)


def day(n):
    return datetime(2026, 3, n, 9, 0)


class BlogData(unittest.TestCase):
    def setUp(self):
        self.engine = create_engine("sqlite://")
        event.listen(self.engine, "connect", lambda conn, _: conn.execute("PRAGMA foreign_keys = ON"))
        self.addCleanup(self.engine.dispose)

    def migrate(self, step="upgrade"):
        with self.engine.begin() as conn:
            getattr(learner, step)(Operations(MigrationContext.configure(conn)))

    def migrated(self):
        try:
            self.migrate()
        except Exception as exc:  # noqa: BLE001 - say which step failed
            self.fail(f"upgrade(op) failed: {type(exc).__name__}: {exc}")

    def own_tables(self):
        return sorted(inspect(self.engine).get_table_names())

    def sql(self, statement):
        with self.engine.begin() as conn:
            result = conn.exec_driver_sql(statement)
            return result.all() if result.returns_rows else None

    def seed(self, published):
        """Two authors and posts published at the given moments (None: a draft), inserted in order."""
        self.sql("INSERT INTO users (id, email, display_name) VALUES (1, 'ada@example.com', 'Ada'), (2, 'linus@example.com', 'Linus')")
        with self.engine.begin() as conn:
            for i, (author, at) in enumerate(published, start=1):
                conn.execute(sa.text("INSERT INTO posts (id, author_id, title, body, published_at) VALUES (:i, :a, :t, '', :p)"),
                             {"i": i, "a": author, "t": f"Post {i}", "p": at.isoformat(sep=" ") if at else None})

    def session(self):
        session = Session(self.engine)
        self.addCleanup(session.close)
        return session

    def test_upgrade_creates_the_tables(self):
        """upgrade() creates users and posts with the columns, keys and nullability asked for"""
        self.migrated()
        self.assertEqual(self.own_tables(), ["posts", "users"], "upgrade(op) must create exactly the tables users and posts")
        users = {c["name"]: c for c in inspect(self.engine).get_columns("users")}
        self.assertEqual(sorted(users), ["display_name", "email", "id"], "users has the columns id, email, display_name")
        posts = {c["name"]: c for c in inspect(self.engine).get_columns("posts")}
        self.assertEqual(sorted(posts), ["author_id", "body", "id", "published_at", "title"], "posts has the columns id, author_id, title, body, published_at")
        for table, cols in (("users", users), ("posts", posts)):
            self.assertTrue(cols["id"]["primary_key"], f"{table}.id is the primary key")
        for name in ("email", "display_name"):
            self.assertFalse(users[name]["nullable"], f"users.{name} is NOT NULL")
        for name in ("author_id", "title", "body"):
            self.assertFalse(posts[name]["nullable"], f"posts.{name} is NOT NULL")
        self.assertTrue(posts["published_at"]["nullable"], "posts.published_at must allow NULL: NULL means a draft")
        self.sql("INSERT INTO users (email, display_name) VALUES ('a@example.com', 'A')")
        with self.assertRaises(IntegrityError, msg="users.email must be UNIQUE: two accounts with one email were accepted"):
            self.sql("INSERT INTO users (email, display_name) VALUES ('a@example.com', 'B')")

    def test_foreign_key(self):
        """posts.author_id references users.id, and deleting a user deletes their posts"""
        self.migrated()
        fks = inspect(self.engine).get_foreign_keys("posts")
        self.assertEqual([(fk["constrained_columns"], fk["referred_table"], fk["referred_columns"]) for fk in fks], [(["author_id"], "users", ["id"])],
                         "posts.author_id must be a foreign key to users.id (sa.ForeignKey('users.id'))")
        self.assertEqual((fks[0].get("options") or {}).get("ondelete", "").upper(), "CASCADE", "deleting a user must delete their posts: ondelete='CASCADE'")

    def test_index(self):
        """an index on posts (published_at, id) serves the feed order"""
        self.migrated()
        indexed = [index["column_names"] for index in inspect(self.engine).get_indexes("posts")]
        self.assertIn(["published_at", "id"], indexed, f"posts needs an index on (published_at, id), the columns the feed sorts by; found: {indexed}")

    def test_downgrade(self):
        """downgrade() drops everything upgrade() created, and upgrade() runs again after it"""
        self.migrated()
        try:
            self.migrate("downgrade")
        except Exception as exc:  # noqa: BLE001
            self.fail(f"downgrade(op) failed: {type(exc).__name__}: {exc}")
        left = self.own_tables()
        self.assertEqual(left, [], f"after downgrade() these tables are still there: {', '.join(left)}. downgrade() must drop everything upgrade() created (posts first: it references users)")
        try:
            self.migrate()
        except Exception as exc:  # noqa: BLE001
            self.fail(f"upgrade(op) after downgrade(op) failed: {type(exc).__name__}: {exc}")
        self.assertEqual(self.own_tables(), ["posts", "users"])

    def test_create_post(self):
        """create_post adds a draft and returns it with its id"""
        self.migrated()
        self.seed([])
        session = self.session()
        title = "Robert'); DROP TABLE posts; --"
        post = learner.create_post(session, 2, title)
        self.assertIsInstance(post, learner.Post, "create_post returns the new Post object")
        self.assertIsInstance(post.id, int, "the returned post has no id yet: session.flush() sends the INSERT (and sets the id) before you return")
        self.assertEqual((post.author_id, post.title, post.body, post.published_at), (2, title, "", None), "a draft: the given author and title, body '' and published_at None")
        session.commit()
        self.assertEqual(self.sql("SELECT id, author_id, title, body, published_at FROM posts"), [(post.id, 2, title, "", None)], "exactly that post is stored")

    def test_feed(self):
        """list_published_posts: published posts only, with the author's display name, newest first"""
        self.migrated()
        self.seed([(1, day(1)), (2, None), (2, day(3)), (1, day(2))])
        result = learner.list_published_posts(self.session(), page=1, limit=10)
        ids = [p["id"] for p in result["posts"]]
        self.assertNotIn(2, ids, "a draft (published_at NULL) was listed: where(Post.published_at.is_not(None))")
        self.assertEqual(sorted(ids), [1, 3, 4], f"page 1 with limit 10 must hold the 3 published posts; got ids {ids} (page 1 starts at offset 0)")
        self.assertEqual(result["posts"], [
            {"id": 3, "title": "Post 3", "published_at": day(3), "author": "Linus"},
            {"id": 4, "title": "Post 4", "published_at": day(2), "author": "Ada"},
            {"id": 1, "title": "Post 1", "published_at": day(1), "author": "Ada"},
        ], "each item is {id, title, published_at, author} (author = users.display_name through the join), newest published first")
        self.assertEqual(result["total"], 3, "total counts the published posts, drafts excluded")

    def test_tie_breaker(self):
        """posts published at the same moment come newest id first, so pages never repeat or skip one"""
        self.migrated()
        self.seed([(1, SAME), (2, SAME), (1, SAME), (2, SAME), (1, day(2))])
        # Without its index SQLite sorts, and the order of ties is whatever the sort leaves: only an
        # ORDER BY that names a unique column makes it certain (an index can hide the bug until the plan changes).
        for (name,) in self.sql("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'posts' AND sql IS NOT NULL"):
            self.sql(f'DROP INDEX "{name}"')
        ids = [p["id"] for p in learner.list_published_posts(self.session(), page=1, limit=10)["posts"]]
        self.assertEqual(sorted(ids), [1, 2, 3, 4, 5], f"page 1 with limit 10 must hold the 5 published posts; got ids {ids} (page 1 starts at offset 0)")
        self.assertEqual(ids, [5, 4, 3, 2, 1], "posts with the same published_at came in an arbitrary order: add a unique tie-breaker, Post.id.desc() after Post.published_at.desc(), or a row can appear on two pages and another on none")

    def test_pages(self):
        """pages: page 1 starts at the newest post, page 2 goes on from there, past the end is empty"""
        self.migrated()
        self.seed([(1 + i % 2, day(i + 1)) for i in range(7)])
        session = self.session()
        page = lambda n: learner.list_published_posts(session, page=n, limit=3)  # noqa: E731
        first = page(1)
        self.assertEqual([p["id"] for p in first["posts"]], [7, 6, 5], "page 1 must start at the newest post: the offset is (page - 1) * limit")
        self.assertEqual([p["id"] for p in page(2)["posts"]], [4, 3, 2], "page 2 continues where page 1 ended (offset 3 with limit 3)")
        self.assertEqual([p["id"] for p in page(3)["posts"]], [1], "the last page holds what is left")
        self.assertEqual(page(4)["posts"], [], "a page past the end is empty")
        self.assertEqual(first["total"], 7, "total is every published post, not the size of the page")
        self.assertEqual(len(learner.list_published_posts(session)["posts"]), 7, "with no page and limit: page 1, limit 20")

    def test_search_binds_the_term(self):
        """search_posts: the term travels as a bound parameter, so quotes are just text"""
        self.migrated()
        self.seed([(1, day(1)), (2, day(2)), (1, None)])
        self.sql("UPDATE posts SET title = 'Ada''s notes' WHERE id = 1")
        session = self.session()
        self.assertEqual(learner.search_posts(session, "' OR '1'='1"), [],
                         "a search for ' OR '1'='1 returned posts: the term was pasted into the SQL text (SQL injection). Pass it as a bound parameter: Post.title.icontains(term), or text('… :term').bindparams(term=…), never an f-string")
        self.assertEqual(learner.search_posts(session, "ADA'S"), [1], "a title with a quote must be found, in any case")
        self.assertEqual(learner.search_posts(session, "post"), [2], "published posts only, newest first")

    def test_search_wildcards(self):
        """search_posts: % and _ in the term match themselves, not any text"""
        self.migrated()
        self.seed([(1, day(1)), (2, day(2))])
        self.sql("UPDATE posts SET title = '100% uptime' WHERE id = 1")
        self.sql("UPDATE posts SET title = '1000 users' WHERE id = 2")
        self.assertEqual(learner.search_posts(self.session(), "100%"), [1], "'100%' matched '1000 users': a % in the term is a LIKE wildcard unless escaped (icontains(term, autoescape=True))")

    def test_publish_post(self):
        """publish_post publishes only the post it is given and returns it"""
        self.migrated()
        self.seed([(1, None), (2, None), (1, day(1))])
        session = self.session()
        post = learner.publish_post(session, 2, day(5))
        session.commit()
        stored = self.sql("SELECT id, published_at FROM posts ORDER BY id")
        self.assertTrue(stored[0][1] is None and stored[2][1] == day(1).isoformat(sep=" "),
                        f"publish_post(session, 2, …) changed other posts too: an update(Post) without .where(Post.id == post_id) updates every row; now {stored}")
        self.assertIsNotNone(stored[1][1], "post 2 must now be published")
        self.assertIsInstance(post, learner.Post, "publish_post returns the Post")
        self.assertEqual((post.id, post.published_at), (2, day(5)), "the returned post is post 2, published at the given moment")
        self.assertIsNone(learner.publish_post(session, 99, day(5)), "no post 99: return None")


if __name__ == "__main__":
    unittest.main()
