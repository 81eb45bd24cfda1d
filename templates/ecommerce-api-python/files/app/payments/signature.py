"""Webhook signatures: header `Payment-Signature: t=<unix seconds>,v1=<hex>` carrying
HMAC-SHA256(secret, "<t>.<raw body>")."""

import hashlib
import hmac
import re

from app.core.errors import AppError, bad_request

SIGNATURE_HEADER = "payment-signature"

_TIMESTAMP = re.compile(r"^\d{1,12}$")
_HEX_SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")


def _hmac_hex(secret: str, timestamp: int, raw_body: bytes) -> str:
    # The timestamp is part of what is signed, so nobody can re-date an old delivery.
    return hmac.new(secret.encode(), f"{timestamp}.".encode() + raw_body, hashlib.sha256).hexdigest()


def sign_payload(secret: str, raw_body: bytes, timestamp: int) -> str:
    """The signature header value for `raw_body` at `timestamp` (unix seconds)."""
    return f"t={timestamp},v1={_hmac_hex(secret, timestamp, raw_body)}"


def verify_signature(secret: str, raw_body: bytes, header: str | None, tolerance_seconds: int, now: int) -> None:
    """Accepts the delivery only if one v1 signature matches the HMAC of `t.raw_body`
    (compared in constant time) and `t` is within the tolerance window. Several v1
    entries are allowed so a secret can be rotated without downtime."""
    timestamp, candidates = _parse_header(header)
    expected = _hmac_hex(secret, timestamp, raw_body)
    if not any(hmac.compare_digest(candidate.lower(), expected) for candidate in candidates):
        raise bad_request("WEBHOOK_SIGNATURE_INVALID", "Webhook signature does not match")
    age = abs(now - timestamp)
    if age > tolerance_seconds:
        raise bad_request(
            "WEBHOOK_TIMESTAMP_OUT_OF_RANGE",
            f"Webhook timestamp is {age}s away from now (tolerance {tolerance_seconds}s)",
        )


def _parse_header(header: str | None) -> tuple[int, list[str]]:
    if not header:
        raise bad_request("WEBHOOK_SIGNATURE_MISSING", f"Missing {SIGNATURE_HEADER} header")
    timestamp: int | None = None
    candidates: list[str] = []
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        if key == "t" and _TIMESTAMP.match(value):
            timestamp = int(value)
        if key == "v1" and _HEX_SHA256.match(value):
            candidates.append(value)
    if timestamp is None or not candidates:
        raise malformed()
    return timestamp, candidates


def malformed() -> AppError:
    return bad_request("WEBHOOK_SIGNATURE_INVALID", f"Malformed {SIGNATURE_HEADER} header")
