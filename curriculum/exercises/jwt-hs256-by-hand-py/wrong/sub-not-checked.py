# Week 9 — Sign and verify a JWT (HS256) by hand (WRONG: any sub is signed and accepted, even 42)
import base64
import hashlib
import hmac
import json
import re
import time
from collections.abc import Callable
from typing import Any

HEADER = {"alg": "HS256", "typ": "JWT"}
BASE64URL = re.compile(r"[A-Za-z0-9_-]*")


class InvalidTokenError(Exception):
    """Raised by verify_jwt for every token it refuses."""


def b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64decode(part: str) -> bytes:
    # The decoder silently skips characters outside the alphabet: check them first.
    if not BASE64URL.fullmatch(part):
        raise InvalidTokenError("token part is not base64url")
    try:
        return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
    except ValueError:
        raise InvalidTokenError("token part is not base64url") from None


def encode_json(value: dict) -> str:
    return b64encode(json.dumps(value, separators=(",", ":")).encode())


def decode_json(part: str, what: str) -> dict[str, Any]:
    try:
        value = json.loads(b64decode(part))
    except (ValueError, RecursionError):
        raise InvalidTokenError(f"{what} is not JSON") from None
    if not isinstance(value, dict):
        raise InvalidTokenError(f"{what} is not a JSON object")
    return value


def signature(secret: str, signing_input: str) -> bytes:
    return hmac.new(secret.encode(), signing_input.encode("ascii"), hashlib.sha256).digest()


def sign_jwt(payload: dict, secret: str, *, expires_in: int, now: Callable[[], float] = time.time) -> str:
    iat = int(now())  # JWT times are whole seconds
    claims = {**payload, "iat": iat, "exp": iat + expires_in}  # a copy: the caller's dict is untouched
    signing_input = f"{encode_json(HEADER)}.{encode_json(claims)}"
    return f"{signing_input}.{b64encode(signature(secret, signing_input))}"


def verify_jwt(token: str, secret: str, *, now: Callable[[], float] = time.time) -> dict[str, Any]:
    parts = token.split(".") if isinstance(token, str) else []
    if len(parts) != 3 or not all(BASE64URL.fullmatch(part) for part in parts):
        raise InvalidTokenError("expected header.payload.signature in base64url")
    header, payload, sig = parts

    # Pin the algorithm: the token does not get to choose how it is checked.
    if decode_json(header, "header").get("alg") != "HS256":
        raise InvalidTokenError("algorithm must be HS256")
    if not hmac.compare_digest(b64decode(sig), signature(secret, f"{header}.{payload}")):
        raise InvalidTokenError("bad signature")

    # Only trust the claims once the signature is known to be ours.
    claims = decode_json(payload, "payload")
    exp = claims.get("exp")
    if not isinstance(exp, int) or isinstance(exp, bool):
        raise InvalidTokenError("exp is required and must be an integer")
    if now() >= exp:
        raise InvalidTokenError("token expired")
    return claims
