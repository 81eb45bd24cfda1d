# Week 9 — Sign and verify a JWT (HS256) by hand: hmac, hashlib, base64, json only.
#
# sign_jwt(payload, secret, *, expires_in, now=time.time) -> "header.payload.signature"
# verify_jwt(token, secret, *, now=time.time) -> payload dict, or raises InvalidTokenError:
#   malformed, alg other than HS256, bad signature, exp missing or passed, sub not a string.
import base64
import hashlib
import hmac
import json
import time


class InvalidTokenError(Exception):
    """Raised by verify_jwt for every token it refuses."""


def sign_jwt(payload, secret, *, expires_in, now=time.time):
    # header {"alg": "HS256", "typ": "JWT"}, payload + iat + exp, HMAC-SHA256 signature
    raise NotImplementedError("sign_jwt")


def verify_jwt(token, secret, *, now=time.time):
    raise NotImplementedError("verify_jwt")
