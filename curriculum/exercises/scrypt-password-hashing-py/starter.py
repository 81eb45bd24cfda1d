# Week 9 — Hash and verify passwords with scrypt (hashlib, standard library only)
#
# hash_password(password, *, n=16384) -> "scrypt$<n>$8$1$<salt>$<hash>" (base64url, no padding)
# verify_password(password, stored) -> bool (False for anything malformed; never raises)
import base64
import hashlib
import hmac
import os


def hash_password(password, *, n=16384):
    # 1. a random 16-byte salt, 2. a 64-byte scrypt key, 3. the encoded string
    raise NotImplementedError("hash_password")


def verify_password(password, stored):
    # split, re-derive with the stored parameters and salt, compare with hmac.compare_digest
    raise NotImplementedError("verify_password")
