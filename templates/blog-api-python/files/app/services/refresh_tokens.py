"""Opaque, rotating refresh tokens with reuse detection.

A token is 32 random bytes, handed to the client once and stored only as a SHA-256
hash (a fast hash is fine: unlike a password it has 256 bits of entropy). Each use
rotates it; presenting an already-rotated token is treated as theft and revokes
every token of that login (its "family").
"""

import hashlib
import secrets
import uuid
from datetime import timedelta
from typing import Any, Literal, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session

from app.core.errors import Unauthorized
from app.models import RefreshToken, utc_now

RevokeReason = Literal["logout", "reuse-detected"]


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue(session: Session, user_id: int, ttl_days: int, family_id: str | None = None) -> str:
    """Starts a new family (one per login) or continues one (rotation). Caller commits."""
    token = secrets.token_urlsafe(32)
    now = utc_now()
    session.add(
        RefreshToken(
            user_id=user_id,
            token_hash=hash_token(token),
            family_id=family_id or str(uuid.uuid4()),
            created_at=now,
            expires_at=now + timedelta(days=ttl_days),
            revoked_at=None,
            revoked_reason=None,
        )
    )
    return token


def rotate(session: Session, presented: str, ttl_days: int) -> tuple[int, str]:
    """Exchanges a valid refresh token for a new one: returns (user id, new token).
    401 for unknown, expired, revoked or reused tokens."""
    row = session.scalars(
        select(RefreshToken).where(RefreshToken.token_hash == hash_token(presented))
    ).first()
    if row is None:
        raise Unauthorized("Invalid refresh token", "INVALID_REFRESH_TOKEN")
    if row.revoked_reason in ("rotated", "reuse-detected"):
        # Already exchanged once: a client bug or a stolen token. We cannot tell the
        # thief from the owner, so end every session of this login.
        _reuse_detected(session, row.family_id)
    if row.revoked_at is not None:
        raise Unauthorized("Refresh token revoked", "REFRESH_TOKEN_REVOKED")
    now = utc_now()
    if row.expires_at <= now:
        raise Unauthorized("Refresh token expired", "REFRESH_TOKEN_EXPIRED")

    # Conditional update: when two requests race with the same token, only one wins.
    result = cast(
        CursorResult[Any],
        session.execute(
            update(RefreshToken)
            .where(RefreshToken.id == row.id, RefreshToken.revoked_at.is_(None))
            .values(revoked_at=now, revoked_reason="rotated")
            .execution_options(synchronize_session=False)
        ),
    )
    if result.rowcount != 1:
        _reuse_detected(session, row.family_id)
    token = issue(session, row.user_id, ttl_days, row.family_id)
    session.commit()
    return row.user_id, token


def revoke(session: Session, presented: str) -> None:
    """Logout: revokes the token's whole family. Unknown tokens are ignored (idempotent)."""
    family_id = session.scalar(
        select(RefreshToken.family_id).where(RefreshToken.token_hash == hash_token(presented))
    )
    if family_id is not None:
        _revoke_family(session, family_id, "logout")
    session.commit()


def _reuse_detected(session: Session, family_id: str) -> None:
    _revoke_family(session, family_id, "reuse-detected")
    session.commit()  # before raising, so the revocation sticks
    raise Unauthorized(
        "Refresh token was already used; every session from this login has been revoked",
        "REFRESH_TOKEN_REUSED",
    )


def _revoke_family(session: Session, family_id: str, reason: RevokeReason) -> None:
    session.execute(
        update(RefreshToken)
        .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=utc_now(), revoked_reason=reason)
        .execution_options(synchronize_session=False)
    )
