# Week 14 — A migration runner: ordered SQL files, a schema_migrations table, each file applied
# once in a transaction, edited-after-apply files refused
#
# migrate(conn, directory) -> list of the file names applied by this call
#   conn: sqlite3.Connection with isolation_level=None (you write BEGIN / COMMIT / ROLLBACK)
#   files: <version>_<name>.sql, applied in numeric version order, recorded in schema_migrations
import hashlib
import re
import sqlite3
from pathlib import Path


class MigrationError(Exception):
    pass


def migrate(conn, directory):
    # Placeholder: runs every .sql file, every time, in whatever order the folder lists them.
    applied = []
    for path in Path(directory).iterdir():
        if path.suffix == ".sql":
            conn.executescript(path.read_text())
            applied.append(path.name)
    return applied
