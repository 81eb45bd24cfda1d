"""The user record and how it looks on disk and in --json output."""

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, Literal, get_args

Role = Literal["admin", "editor", "viewer"]
ROLES: tuple[Role, ...] = get_args(Role)


@dataclass(frozen=True, slots=True)
class User:
    id: int
    name: str
    email: str
    role: Role
    created_at: str
    updated_at: str

    def to_json(self) -> dict[str, Any]:
        """camelCase keys, like every JSON API the course builds."""
        return {
            "id": self.id,
            "name": self.name,
            "email": self.email,
            "role": self.role,
            "createdAt": self.created_at,
            "updatedAt": self.updated_at,
        }

    def with_changes(self, changes: dict[str, str], updated_at: str) -> "User":
        return replace(self, **changes, updated_at=updated_at)


def iso_timestamp(moment: datetime) -> str:
    """UTC with milliseconds and a Z: 2026-11-25T10:00:00.000Z."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
