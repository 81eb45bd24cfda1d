"""Short-lived access tokens for a nickname (no passwords: this is "nickname auth")."""

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import jwt

ISSUER = "chat-server"
AUDIENCE = "chat-client"
# Pinned on both sides: tokens with alg "none" or another algorithm are rejected.
ALGORITHM = "HS256"
NICKNAME_PATTERN = re.compile(r"^[A-Za-z0-9_-]{2,24}$")


@dataclass(frozen=True)
class ChatUser:
    nickname: str
    # Unique per token, so two tabs with the same nickname are told apart in logs.
    session_id: str


@dataclass(frozen=True)
class IssuedToken:
    token: str
    expires_at: datetime
    expires_in: int


class InvalidTokenError(Exception):
    """The token is missing, forged, expired or malformed (we never say which)."""


class TokenService:
    def __init__(self, secret: str, ttl_seconds: int) -> None:
        self._secret = secret
        self.ttl_seconds = ttl_seconds

    def issue(self, nickname: str, now: datetime | None = None) -> IssuedToken:
        issued_at = (now or datetime.now(UTC)).replace(microsecond=0)
        expires_at = issued_at + timedelta(seconds=self.ttl_seconds)
        claims = {
            "nickname": nickname,
            "sub": str(uuid.uuid4()),
            "iss": ISSUER,
            "aud": AUDIENCE,
            "iat": issued_at,
            "exp": expires_at,
        }
        token = jwt.encode(claims, self._secret, algorithm=ALGORITHM)
        return IssuedToken(token=token, expires_at=expires_at, expires_in=self.ttl_seconds)

    def verify(self, token: str) -> ChatUser:
        try:
            claims = jwt.decode(
                token,
                self._secret,
                algorithms=[ALGORITHM],
                issuer=ISSUER,
                audience=AUDIENCE,
                options={"require": ["exp", "sub", "iss", "aud"]},
            )
        except jwt.PyJWTError:
            raise InvalidTokenError from None
        nickname, sub = claims.get("nickname"), claims.get("sub")
        if not isinstance(nickname, str) or not NICKNAME_PATTERN.match(nickname) or not isinstance(sub, str):
            raise InvalidTokenError
        return ChatUser(nickname=nickname, session_id=sub)
