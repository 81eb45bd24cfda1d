# Wrong: User is not frozen, so callers can change stored users in place; and update() counts
# the user's own email as a duplicate.
import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone

# fullmatch anchors both ends: re.match would accept "a@b.io and more".
EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")


@dataclass
class User:
    id: int
    name: str
    email: str
    created_at: datetime


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


class UserStore:
    # The clock is a parameter so tests (and later, callers) control time instead of sleeping.
    def __init__(self, now: Callable[[], datetime] | None = None) -> None:
        self._now = now or _utc_now
        # Per-instance state: attributes in the class body would be shared by every store.
        self._users: dict[int, User] = {}
        self._next_id = 1

    def _clean_name(self, name: object) -> str:
        if not isinstance(name, str) or not name.strip():
            raise ValueError("Name is required")
        return name.strip()

    def _clean_email(self, email: object, *, owner_id: int | None = None) -> str:
        normalised = email.strip().lower() if isinstance(email, str) else email
        if not isinstance(normalised, str) or not EMAIL.fullmatch(normalised):
            raise ValueError(f"Invalid email: {email!r}")
        if any(user.email == normalised for user in self._users.values()):
            raise ValueError(f"Email already exists: {normalised}")
        return normalised

    def create(self, name: str, email: str) -> User:
        clean_name = self._clean_name(name)
        clean_email = self._clean_email(email)
        # The id is taken only after validation, so failed attempts leave no gaps.
        user = User(id=self._next_id, name=clean_name, email=clean_email, created_at=self._now())
        self._next_id += 1
        self._users[user.id] = user
        return user

    def all_users(self) -> list[User]:
        # A new list: callers may sort or clear it without touching the store. Users are frozen.
        return list(self._users.values())

    def get(self, user_id: int) -> User | None:
        return self._users.get(user_id)

    def update(self, user_id: int, *, name: str | None = None, email: str | None = None) -> User:
        if user_id not in self._users:
            raise KeyError(f"No user with id {user_id}")
        old = self._users[user_id]
        changes: dict[str, str] = {}
        if name is not None:
            changes["name"] = self._clean_name(name)
        if email is not None:
            changes["email"] = self._clean_email(email, owner_id=user_id)
        updated = dataclasses.replace(old, **changes)
        self._users[user_id] = updated
        return updated

    def remove(self, user_id: int) -> bool:
        return self._users.pop(user_id, None) is not None
