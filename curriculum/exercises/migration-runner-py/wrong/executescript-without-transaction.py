# WRONG: executescript() in autocommit mode: a failing file leaves its first statements behind
# Week 14 — A migration runner: ordered SQL files, a schema_migrations table, each file applied
# once in a transaction, edited-after-apply files refused
import hashlib
import re
import sqlite3
from collections import Counter
from pathlib import Path

FILE = re.compile(r"(\d+)_\w+\.sql")


class MigrationError(Exception):
    pass


def migration_files(directory):
    files = []
    for path in Path(directory).iterdir():
        match = FILE.fullmatch(path.name)
        if match:
            data = path.read_bytes()
            files.append((int(match.group(1)), path.name, data.decode(), hashlib.sha256(data).hexdigest()))
    files.sort()
    duplicates = [v for v, n in Counter(f[0] for f in files).items() if n > 1]
    if duplicates:
        raise MigrationError(f"two migrations have version {duplicates[0]}")
    return files


def statements(sql):
    """Splits a script into complete statements (executescript would commit our transaction)."""
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            yield buffer
            buffer = ""
    if buffer.strip():
        yield buffer


def migrate(conn, directory):
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                 "version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)")
    files = migration_files(directory)
    applied = dict(conn.execute("SELECT version, checksum FROM schema_migrations"))
    # Check everything before changing anything: an edited migration means this database and the code disagree.
    for version, name, _, checksum in files:
        if version in applied and applied[version] != checksum:
            raise MigrationError(f"{name} was changed after it was applied (checksum differs): add a new migration instead")
    done = []
    for version, name, sql, checksum in files:
        if version in applied:
            continue
        try:
            conn.executescript(sql)
            conn.execute("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, datetime('now'))",
                         (version, name, checksum))
        except sqlite3.Error as exc:
            raise MigrationError(f"{name}: {exc}") from exc
        done.append(name)
    return done
