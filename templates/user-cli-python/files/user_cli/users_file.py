"""The JSON file on disk: {"version": 1, "nextId": 3, "users": [...]}.

`nextId` only ever grows, so ids of deleted users are never handed out again.
"""

import re
from dataclasses import dataclass, field
from typing import Any

from user_cli.models import ROLES, User

TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z")


@dataclass
class UsersFile:
    next_id: int = 1
    users: list[User] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"version": 1, "nextId": self.next_id, "users": [u.to_json() for u in self.users]}


def _whole(value: object) -> int | None:
    """JSON numbers that are whole (1 or 1.0), never booleans (which Python counts as ints)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _user(raw: object, where: str, problems: list[str]) -> User | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: must be an object")
        return None
    before = len(problems)
    user_id = _whole(raw.get("id"))
    if user_id is None or user_id < 1:
        problems.append(f"{where}.id: must be a positive whole number")
    for key in ("name", "email"):
        if not isinstance(raw.get(key), str):
            problems.append(f"{where}.{key}: must be text")
    if raw.get("role") not in ROLES:
        problems.append(f"{where}.role: must be one of {', '.join(ROLES)}")
    for key in ("createdAt", "updatedAt"):
        value = raw.get(key)
        if not isinstance(value, str) or not TIMESTAMP.fullmatch(value):
            problems.append(f"{where}.{key}: must be an ISO date-time in UTC")
    if len(problems) > before or user_id is None:
        return None
    return User(user_id, raw["name"], raw["email"], raw["role"], raw["createdAt"], raw["updatedAt"])


def parse_users_file(data: object) -> tuple[UsersFile | None, list[str]]:
    """The file's content, or the list of problems ("path: message") that make it unusable."""
    if not isinstance(data, dict):
        return None, ["file: must be a JSON object"]
    problems: list[str] = []
    if data.get("version") != 1 or isinstance(data.get("version"), bool):
        problems.append("version: must be 1")
    next_id = _whole(data.get("nextId"))
    if next_id is None or next_id < 1:
        problems.append("nextId: must be a positive whole number")
    raw_users = data.get("users")
    if not isinstance(raw_users, list):
        problems.append("users: must be a list")
        raw_users = []
    users = [_user(raw, f"users.{index}", problems) for index, raw in enumerate(raw_users)]
    if problems or next_id is None:
        return None, problems
    valid = [user for user in users if user is not None]
    if any(user.id >= next_id for user in valid):
        return None, ["file: nextId must be greater than every user id"]
    return UsersFile(next_id, valid), []
