"""Runs the CLI like a user would: `python -m calculator ...args`, optionally with piped stdin."""

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


Calc = Callable[..., Result]


def run_calc(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> Result:
    completed = subprocess.run(
        [sys.executable, "-m", "calculator", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=PROJECT_ROOT,
        # CALC_PRECISION from the developer's shell must not change the expected output
        env={**os.environ, "CALC_PRECISION": "", "PYTHONIOENCODING": "utf-8", **(env or {})},
        timeout=10,
        check=False,
    )
    return Result(completed.returncode, completed.stdout, completed.stderr)
