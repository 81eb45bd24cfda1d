"""Passwords (bcrypt) and access tokens (JWT, HS256 only)."""

import re
import time
from dataclasses import dataclass
from functools import lru_cache

import bcrypt
import jwt

from app.core.config import Settings
from app.core.errors import Unauthorized

# The only algorithm we sign with and the only one we accept (no "alg: none", no RS/HS confusion).
ALGORITHM = "HS256"
JWT_ISSUER = "blog-api"
JWT_AUDIENCE = "blog-api-clients"
_DIGITS = re.compile(r"[0-9]{1,10}")


def hash_password(password: str, rounds: int) -> str:
    """bcrypt used directly (passlib is unmaintained and breaks with bcrypt 5)."""
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds)).decode()


def verify_password(password: str, password_hash: str) -> bool:
    return bcrypt.checkpw(password.encode(), password_hash.encode())


@lru_cache
def dummy_hash(rounds: int) -> str:
    """Checked when the e-mail is unknown, so "no such user" and "wrong password"
    take the same time and nobody can probe which e-mails are registered."""
    return hash_password("not-a-real-password", rounds)


@dataclass(frozen=True)
class AccessTokenClaims:
    user_id: int
    username: str


def create_access_token(settings: Settings, user_id: int, username: str) -> str:
    now = int(time.time())
    claims = {
        "sub": str(user_id),  # RFC 7519: a string (PyJWT rejects anything else)
        "username": username,
        "iss": JWT_ISSUER,
        "aud": JWT_AUDIENCE,
        "iat": now,
        "exp": now + settings.access_token_ttl_seconds,
    }
    return jwt.encode(claims, settings.signing_key, algorithm=ALGORITHM)


def decode_access_token(settings: Settings, token: str) -> AccessTokenClaims:
    """The claims of a valid token; 401 INVALID_TOKEN or TOKEN_EXPIRED otherwise."""
    try:
        claims = jwt.decode(
            token,
            settings.signing_key,
            algorithms=[ALGORITHM],
            issuer=JWT_ISSUER,
            audience=JWT_AUDIENCE,
            options={"require": ["sub", "exp", "iat", "iss", "aud"]},
        )
    except jwt.ExpiredSignatureError:
        raise Unauthorized("Access token expired", "TOKEN_EXPIRED") from None
    except jwt.InvalidTokenError:
        raise Unauthorized("Invalid access token", "INVALID_TOKEN") from None
    subject, username = claims.get("sub"), claims.get("username")
    if (
        not isinstance(subject, str)
        or not _DIGITS.fullmatch(subject)
        or not isinstance(username, str)
    ):
        raise Unauthorized("Invalid access token", "INVALID_TOKEN")
    return AccessTokenClaims(user_id=int(subject), username=username)
