"""Readers only ever see the old or the new content of a file, never half of it."""

import os
import secrets
from pathlib import Path


def write_file_atomic(path: Path, data: str) -> None:
    """Write a temp file in the same folder, flush it to disk, then rename it over the target
    (a rename is atomic within one file system)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(6)}.tmp")
    try:
        # O_EXCL: never reuse an existing temp file; 0o600: the file holds personal data.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with open(fd, "w", encoding="utf-8") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
