"""Where the users file lives."""

from collections.abc import Mapping
from pathlib import Path

DEFAULT_USERS_FILE = "users.json"


def resolve_users_file(env: Mapping[str, str], cwd: Path) -> Path:
    """USERS_FILE from the environment, or ./users.json; relative paths start from `cwd`."""
    configured = env.get("USERS_FILE", "").strip()
    return (cwd / (configured or DEFAULT_USERS_FILE)).resolve()
