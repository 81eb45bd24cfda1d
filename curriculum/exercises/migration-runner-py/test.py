import hashlib
import shutil
import sqlite3
import tempfile
import unittest
from pathlib import Path

import learner

USERS = "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE);\n"
POSTS = ("CREATE TABLE posts (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL REFERENCES users (id), title TEXT NOT NULL);\n"
         "CREATE INDEX posts_author_id_idx ON posts (author_id);\n")
STATUS = "ALTER TABLE posts ADD COLUMN status TEXT NOT NULL DEFAULT 'draft';\n"
BASE = {"1_create_users.sql": USERS, "2_create_posts.sql": POSTS, "10_add_posts_status.sql": STATUS}


def sha256(text):
    return hashlib.sha256(text.encode()).hexdigest()


class MigrateTest(unittest.TestCase):
    def setup(self, files):
        self.dir = Path(tempfile.mkdtemp(prefix="migrations-"))
        self.addCleanup(shutil.rmtree, self.dir, ignore_errors=True)
        self.conn = sqlite3.connect(":memory:", isolation_level=None)
        self.addCleanup(self.conn.close)
        self.write(files)

    def write(self, files):
        for name, sql in files.items():
            (self.dir / name).write_text(sql)

    def migrate(self):
        return learner.migrate(self.conn, str(self.dir))

    def tables(self):
        return [r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]

    def rows(self):
        return self.conn.execute("SELECT version, name, checksum FROM schema_migrations ORDER BY version").fetchall()

    def test_numeric_order(self):
        """applies pending files in numeric order (10 after 2) and returns their names"""
        self.setup(BASE)
        try:
            result = self.migrate()
        except Exception as exc:
            self.fail(f'migrate raised {exc!r} (order by the version NUMBER: as text, "10_…" sorts before "2_…" and alters a table that does not exist yet)')
        self.assertEqual(result, ["1_create_users.sql", "2_create_posts.sql", "10_add_posts_status.sql"])
        self.assertIn("status", [r[1] for r in self.conn.execute("PRAGMA table_info(posts)")])

    def test_ignores_other_files(self):
        """only <version>_<name>.sql files are migrations: other files are ignored"""
        self.setup({**BASE, "README.md": "# not SQL", "notes.sql": "THIS IS NOT SQL;", "3_draft.sql.bak": "NOR THIS;"})
        self.assertEqual(self.migrate(), ["1_create_users.sql", "2_create_posts.sql", "10_add_posts_status.sql"])

    def test_records(self):
        """schema_migrations records version, file name and the SHA-256 hex checksum of each file"""
        self.setup(BASE)
        self.migrate()
        self.assertIn("schema_migrations", self.tables(), "the table must be called schema_migrations")
        self.assertEqual(self.rows(), [(1, "1_create_users.sql", sha256(USERS)), (2, "2_create_posts.sql", sha256(POSTS)),
                                       (10, "10_add_posts_status.sql", sha256(STATUS))])
        for (applied_at,) in self.conn.execute("SELECT applied_at FROM schema_migrations"):
            self.assertTrue(applied_at, "applied_at must be set")

    def test_second_run(self):
        """a second run applies nothing and returns []"""
        self.setup(BASE)
        self.migrate()
        try:
            again = self.migrate()
        except Exception as exc:
            self.fail(f"a migration ran twice: skip the versions already in schema_migrations ({exc})")
        self.assertEqual(again, [])
        self.assertEqual(len(self.rows()), 3)

    def test_added_later(self):
        """a file added later is applied alone"""
        self.setup(BASE)
        self.migrate()
        self.write({"11_create_tags.sql": "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"})
        self.assertEqual(self.migrate(), ["11_create_tags.sql"])
        self.assertIn("tags", self.tables())

    def test_failure_rolls_back(self):
        """a failing file is rolled back entirely, not recorded, names itself, and stops the run"""
        self.setup({**BASE,
                    "11_create_tags.sql": "CREATE TABLE tags (id INTEGER PRIMARY KEY);\nINSERT INTO no_such_table VALUES (1);\n",
                    "12_create_comments.sql": "CREATE TABLE comments (id INTEGER PRIMARY KEY);\n"})
        with self.assertRaises(learner.MigrationError, msg="a failing migration must raise MigrationError") as caught:
            self.migrate()
        self.assertIn("11_create_tags.sql", str(caught.exception), "the error must name the failing file")
        self.assertNotIn("tags", self.tables(),
                         "the first statement of the failing file was kept: run each file inside BEGIN … COMMIT and ROLLBACK on error "
                         "(executescript commits the open transaction first)")
        self.assertEqual([r[0] for r in self.rows()], [1, 2, 10], "the failed file must not be recorded, the earlier ones stay")
        self.assertNotIn("comments", self.tables(), "after a failure, later files must not run")
        self.assertFalse(self.conn.in_transaction, "a transaction was left open after the failure: ROLLBACK it")
        self.write({"11_create_tags.sql": "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n"})
        self.assertEqual(self.migrate(), ["11_create_tags.sql", "12_create_comments.sql"], "once fixed, the failed file and the ones after it apply")

    def test_checksum(self):
        """an applied file that was edited is refused (checksum), and nothing new is applied"""
        self.setup(BASE)
        self.migrate()
        self.write({"2_create_posts.sql": POSTS.replace("title TEXT NOT NULL", "title TEXT NOT NULL, body TEXT"),
                    "11_create_tags.sql": "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n"})
        with self.assertRaises(learner.MigrationError,
                               msg="an applied migration was edited: its checksum no longer matches schema_migrations, so migrate must refuse") as caught:
            self.migrate()
        self.assertIn("2_create_posts.sql", str(caught.exception), "the error must name the edited file")
        self.assertIn("checksum", str(caught.exception).lower(), "the error must say the checksum changed")
        self.assertNotIn("tags", self.tables(), "check every applied checksum BEFORE applying anything new")

    def test_duplicate_versions(self):
        """two files with the same version are refused before anything runs"""
        self.setup({**BASE, "2_create_comments.sql": "CREATE TABLE comments (id INTEGER PRIMARY KEY);\n"})
        with self.assertRaises(learner.MigrationError, msg="two files share version 2: refuse, do not pick one"):
            self.migrate()
        self.assertNotIn("users", self.tables(), "nothing may be applied when versions collide")

    def test_empty(self):
        """an empty folder: the table is created and [] returned"""
        self.setup({})
        self.assertEqual(self.migrate(), [])
        self.assertIn("schema_migrations", self.tables())
