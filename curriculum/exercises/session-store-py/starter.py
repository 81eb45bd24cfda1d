# Week 9 — A server-side session store (in memory) and its cookie
#
# SessionStore(*, idle_timeout=1800, absolute_timeout=7 days, now=time.time)   (seconds)
#   login(user_id, current_sid=None) -> a NEW id; moves a live current session's data, destroys it
#   get(sid) -> Session or None; expired when now() >= last_seen + idle_timeout
#               or now() >= created_at + absolute_timeout; a successful get slides last_seen
#   logout(sid) -> None
#   set_cookie(sid) / clear_cookie() -> Set-Cookie header values (HttpOnly; Secure; SameSite=Lax)
import secrets
import time
from dataclasses import dataclass, field


@dataclass
class Session:
    user_id: str
    created_at: float
    last_seen: float
    data: dict = field(default_factory=dict)


class SessionStore:
    def __init__(self, *, idle_timeout=30 * 60, absolute_timeout=7 * 24 * 3600, now=time.time):
        self.idle_timeout = idle_timeout
        self.absolute_timeout = absolute_timeout
        self.now = now
        self.sessions = {}  # id -> Session

    def login(self, user_id, current_sid=None):
        raise NotImplementedError("login")

    def get(self, sid):
        raise NotImplementedError("get")

    def logout(self, sid):
        raise NotImplementedError("logout")

    def set_cookie(self, sid):
        return f"sid={sid}"

    def clear_cookie(self):
        return "sid="
