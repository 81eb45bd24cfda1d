# Week 9 — Rotate refresh tokens and catch a stolen one (in memory)
#
# RefreshTokenStore(*, ttl=7 days in seconds, now=time.time)
#   issue(user_id) -> token (secrets.token_urlsafe(32)), a new family
#   rotate(token) -> (user_id, new_token), or raises RefreshError(reason), reasons checked in
#                    order: "invalid", "reused" (revokes the family), "revoked", "expired"
#   revoke(token) -> None: revokes the token's family; unknown tokens are ignored
# Store only the SHA-256 hex digest of each token.
import hashlib
import secrets
import time


class RefreshError(Exception):
    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


class RefreshTokenStore:
    def __init__(self, *, ttl=7 * 24 * 3600, now=time.time):
        self.ttl = ttl
        self.now = now
        # Suggested state: token hash -> record (user_id, family_id, issued_at, used),
        # and a set of revoked family ids.

    def issue(self, user_id):
        raise NotImplementedError("issue")

    def rotate(self, token):
        raise NotImplementedError("rotate")

    def revoke(self, token):
        raise NotImplementedError("revoke")
