# Week 9 — Hash and verify passwords with scrypt (reference solution)
import base64
import hashlib
import hmac
import re
import secrets

SALT_BYTES = 16
KEY_BYTES = 64
R, P = 8, 1
BASE64URL = re.compile(r"[A-Za-z0-9_-]+")
NUMBER = re.compile(r"[1-9][0-9]*")  # ASCII digits: str.isdigit() also accepts "²"


def b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64decode(text: str) -> bytes:
    if not BASE64URL.fullmatch(text):
        raise ValueError("not base64url")  # the decoder would silently skip unknown characters
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=KEY_BYTES, maxmem=2**26)


def hash_password(password: str, *, n: int = 16384) -> str:
    # A fresh salt per password: equal passwords get different hashes, and
    # precomputed tables are useless.
    salt = secrets.token_bytes(SALT_BYTES)
    key = derive(password, salt, n, R, P)
    return f"scrypt${n}${R}${P}${b64encode(salt)}${b64encode(key)}"


def verify_password(password: str, stored: str) -> bool:
    parts = stored.split("$") if isinstance(stored, str) else []
    if len(parts) != 6 or parts[0] != "scrypt" or not all(NUMBER.fullmatch(x) for x in parts[1:4]):
        return False
    n, r, p = (int(x) for x in parts[1:4])
    try:
        salt, expected = b64decode(parts[4]), b64decode(parts[5])
        # A shorter stored hash would be easier to collide with: insist on all 64 bytes.
        if len(expected) != KEY_BYTES:
            return False
        actual = derive(password, salt, n, r, p)
    except ValueError:  # bad base64, n not a power of two, too much memory...
        return False
    # Constant time: as long whether 0 or 63 bytes match.
    return hmac.compare_digest(actual, expected)
