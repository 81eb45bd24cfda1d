# Week 9 — OAuth 2.0 authorization code flow with PKCE, the client's side
#
# create_code_verifier() -> 43–128 unreserved characters
# code_challenge(verifier) -> base64url(sha256(verifier)) without "=" padding
# OAuthClient(*, authorize_endpoint, client_id, redirect_uri, scope="openid email", ttl=600, now=time.time)
#   start() -> (url, state)
#   callback(callback_url) -> token request body (form-encoded), or raises OAuthError(reason):
#       "state-mismatch", "expired", "denied", "missing-code" (checked in that order)
import base64
import hashlib
import secrets
import time
from urllib.parse import parse_qs, urlencode, urlsplit


class OAuthError(Exception):
    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def create_code_verifier():
    raise NotImplementedError("create_code_verifier")


def code_challenge(verifier):
    raise NotImplementedError("code_challenge")


class OAuthClient:
    def __init__(self, *, authorize_endpoint, client_id, redirect_uri, scope="openid email", ttl=600, now=time.time):
        self.authorize_endpoint = authorize_endpoint
        self.client_id = client_id
        self.redirect_uri = redirect_uri
        self.scope = scope
        self.ttl = ttl
        self.now = now
        self.pending = {}  # state -> (verifier, started_at)

    def start(self):
        raise NotImplementedError("start")

    def callback(self, callback_url):
        raise NotImplementedError("callback")
