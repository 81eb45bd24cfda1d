# Week 9 — OAuth 2.0 authorization code flow with PKCE, the client's side
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
    return secrets.token_urlsafe(32)


def code_challenge(verifier):
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


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
        verifier = create_code_verifier()
        state = secrets.token_urlsafe(16)
        self.pending[state] = (verifier, self.now())
        query = urlencode({
            "response_type": "code", "client_id": self.client_id, "redirect_uri": self.redirect_uri,
            "scope": self.scope, "state": state,
            "code_challenge": code_challenge(verifier), "code_challenge_method": "S256",
        })
        return f"{self.authorize_endpoint}?{query}", state

    def callback(self, callback_url):
        params = {key: values[0] for key, values in parse_qs(urlsplit(callback_url).query).items()}
        login = self.pending.pop(params.get("state"), None)  # single use, whatever happens next
        if login is None:
            raise OAuthError("state-mismatch")
        verifier, started_at = login
        if self.now() >= started_at + self.ttl:
            raise OAuthError("expired")
        if "error" in params:
            raise OAuthError("denied")
        if not params.get("code"):
            raise OAuthError("missing-code")
        return urlencode({
            "grant_type": "authorization_code", "code": params["code"], "redirect_uri": self.redirect_uri,
            "client_id": self.client_id, "code_verifier": verifier,
        })
