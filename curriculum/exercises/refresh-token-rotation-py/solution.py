# Week 9 — Rotate refresh tokens and catch a stolen one (reference solution)
import hashlib
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

SEVEN_DAYS = 7 * 24 * 3600


class RefreshError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Record:
    user_id: str
    family_id: str
    issued_at: float
    used: bool = False


def digest(token: str) -> str:
    # Store only a hash: if this table leaks, the attacker gets nothing usable.
    return hashlib.sha256(str(token).encode()).hexdigest()


class RefreshTokenStore:
    def __init__(self, *, ttl: float = SEVEN_DAYS, now: Callable[[], float] = time.time) -> None:
        self.ttl = ttl
        self.now = now
        self.records: dict[str, Record] = {}
        self.revoked_families: set[str] = set()

    def mint(self, user_id: str, family_id: str) -> str:
        token = secrets.token_urlsafe(32)
        self.records[digest(token)] = Record(user_id, family_id, self.now())
        return token

    def issue(self, user_id: str) -> str:
        return self.mint(user_id, secrets.token_hex(16))

    def rotate(self, token: str) -> tuple[str, str]:
        record = self.records.get(digest(token))
        if record is None:
            raise RefreshError("invalid")
        if record.used:
            # A token we already exchanged came back: someone copied it. End the whole login.
            self.revoked_families.add(record.family_id)
            raise RefreshError("reused")
        if record.family_id in self.revoked_families:
            raise RefreshError("revoked")
        if self.now() >= record.issued_at + self.ttl:
            raise RefreshError("expired")
        record.used = True
        return record.user_id, self.mint(record.user_id, record.family_id)

    def revoke(self, token: str) -> None:
        record = self.records.get(digest(token))
        if record is not None:
            self.revoked_families.add(record.family_id)
