"""Passwords (bcrypt, used directly) and access tokens (PyJWT, HS256 pinned)."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

import bcrypt
import jwt

from app.core.errors import unauthorized

# One algorithm, pinned on both sides: a token with another `alg` (or `none`) is rejected.
ALGORITHM = "HS256"
ISSUER = "ecommerce-api"
AUDIENCE = "ecommerce-api:clients"

Role = Literal["customer", "admin"]


@dataclass(frozen=True)
class AuthUser:
    id: int
    role: Role


def hash_password(password: str, cost: int) -> str:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=cost)).decode()


def verify_password(password: str, password_hash: str) -> bool:
    encoded = password.encode()
    # No stored password is longer than 72 bytes (registration refuses them).
    return len(encoded) <= 72 and bcrypt.checkpw(encoded, password_hash.encode())


# Checked when the e-mail is unknown, so a wrong e-mail takes as long as a wrong
# password and response times do not reveal which accounts exist.
_DUMMY_HASH = bcrypt.hashpw(b"not-a-real-password", bcrypt.gensalt(rounds=10))


def burn_time(password: str) -> None:
    bcrypt.checkpw(password.encode()[:72], _DUMMY_HASH)


class TokenService:
    def __init__(self, secret: str, expires_in_seconds: int) -> None:
        self._secret = secret
        self.expires_in_seconds = expires_in_seconds

    def sign(self, user: AuthUser) -> str:
        """A short-lived access token; the role travels in the token."""
        now = datetime.now(UTC)
        claims = {
            "sub": str(user.id),  # PyJWT (like the JWT spec) wants a string subject
            "role": user.role,
            "iss": ISSUER,
            "aud": AUDIENCE,
            "iat": now,
            "exp": now + timedelta(seconds=self.expires_in_seconds),
        }
        return jwt.encode(claims, self._secret, algorithm=ALGORITHM)

    def verify(self, token: str) -> AuthUser:
        invalid = unauthorized("INVALID_TOKEN", "The access token is invalid or has expired")
        try:
            claims = jwt.decode(
                token,
                self._secret,
                algorithms=[ALGORITHM],
                audience=AUDIENCE,
                issuer=ISSUER,
                options={"require": ["exp", "iat", "sub", "iss", "aud"]},
            )
        except jwt.PyJWTError:
            raise invalid from None
        sub, role = claims.get("sub"), claims.get("role")
        if not isinstance(sub, str) or not sub.isdigit() or role not in ("customer", "admin"):
            raise invalid
        return AuthUser(id=int(sub), role=role)
