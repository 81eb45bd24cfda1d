# WRONG: the cookie lacks Secure and SameSite
import secrets
import time
from dataclasses import dataclass, field

ATTRIBUTES = "Path=/; Max-Age={}; HttpOnly"


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

    def _live(self, sid):
        session = self.sessions.get(sid) if isinstance(sid, str) else None
        if session is None:
            return None
        t = self.now()
        if t >= session.last_seen + self.idle_timeout or t >= session.created_at + self.absolute_timeout:
            del self.sessions[sid]
            return None
        return session

    def login(self, user_id, current_sid=None):
        # A new id on every login: an id the browser already had (planted or not) never gets authenticated.
        previous = self._live(current_sid)
        self.sessions.pop(current_sid, None)
        sid = secrets.token_urlsafe(32)
        t = self.now()
        self.sessions[sid] = Session(user_id, t, t, previous.data if previous else {})
        return sid

    def get(self, sid):
        session = self._live(sid)
        if session is not None:
            session.last_seen = self.now()
        return session

    def logout(self, sid):
        self.sessions.pop(sid, None)

    def set_cookie(self, sid):
        return f"sid={sid}; " + ATTRIBUTES.format(int(self.idle_timeout))

    def clear_cookie(self):
        return "sid=; " + ATTRIBUTES.format(0)
