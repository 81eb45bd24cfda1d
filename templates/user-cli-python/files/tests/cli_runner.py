"""Runs the CLI like a user would: `python -m user_cli ...args` in a folder of its own."""

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Result:
    code: int
    stdout: str
    stderr: str


Users = Callable[..., Result]


def run_users(cwd: Path, *args: str, env: dict[str, str] | None = None) -> Result:
    # USERS_FILE from the developer's shell must not leak into the tests.
    base = {key: value for key, value in os.environ.items() if key != "USERS_FILE"}
    completed = subprocess.run(
        [sys.executable, "-m", "user_cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env={**base, "PYTHONPATH": str(PROJECT_ROOT), "PYTHONIOENCODING": "utf-8", **(env or {})},
        timeout=10,
        check=False,
    )
    return Result(completed.returncode, completed.stdout, completed.stderr)
