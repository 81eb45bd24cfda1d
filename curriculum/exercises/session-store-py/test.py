import re
import unittest

import learner

MINUTE = 60
ID = re.compile(r"^[A-Za-z0-9_-]{43,}$")


class Clock:
    def __init__(self, start=1_700_000_000.0):
        self.time = start

    def __call__(self):
        return self.time

    def advance(self, seconds):
        self.time += seconds


def parse_set_cookie(header):
    """`name=value; A; B=c` -> (name, value, {lowercased attribute: value or True})"""
    assert isinstance(header, str), "the cookie header must be a str"
    pair, *rest = [part.strip() for part in header.split(";")]
    name, _, value = pair.partition("=")
    attrs = {}
    for attr in filter(None, rest):
        key, eq, val = attr.partition("=")
        attrs[key.lower()] = val if eq else True
    return name, value, attrs


class SessionStoreTest(unittest.TestCase):
    def test_fresh_ids(self):
        """login returns a fresh 43+ character url-safe id each time, and get finds the user"""
        store = learner.SessionStore()
        ids = [store.login(f"user-{i}") for i in range(50)]
        for sid in ids:
            self.assertRegex(sid, ID, "a session id must be secrets.token_urlsafe(32) (43+ url-safe characters)")
        self.assertEqual(len(set(ids)), 50, "every login must return a different id")
        session = store.get(ids[7])
        self.assertEqual((session.user_id, session.data), ("user-7", {}))

    def test_unguessable(self):
        """ids are not guessable: no two share a long common prefix (counters and clocks do)"""
        store = learner.SessionStore(now=lambda: 1_700_000_000.0)
        ids = [store.login("u") for _ in range(20)]
        longest = 0
        for a, b in zip(ids, ids[1:]):
            n = 0
            while n < min(len(a), len(b)) and a[n] == b[n]:
                n += 1
            longest = max(longest, n)
        self.assertLess(longest, 8, f"two ids share their first {longest} characters: use secrets.token_urlsafe(32), not the clock or a counter")

    def test_unknown(self):
        """get: unknown, empty or non-str ids answer None"""
        store = learner.SessionStore()
        store.login("u")
        for sid in ("nope", "", None):
            self.assertIsNone(store.get(sid), f"get({sid!r})")

    def test_fixation_rotates(self):
        """session fixation: login with the current session id gives a NEW id and destroys the old session, keeping its data"""
        store = learner.SessionStore()
        anon = store.login("guest")
        store.get(anon).data["cart"] = ["book"]
        sid = store.login("user-42", anon)
        self.assertNotEqual(sid, anon, "login must never keep the id the browser already had (session fixation)")
        self.assertIsNone(store.get(anon), "the old session must be destroyed at login")
        session = store.get(sid)
        self.assertEqual((session.user_id, session.data), ("user-42", {"cart": ["book"]}), "the old session's data moves to the new one")

    def test_fixation_planted(self):
        """session fixation: an id planted by an attacker (never issued) is not adopted at login"""
        store = learner.SessionStore()
        planted = "attacker-chose-this-id-aaaaaaaaaaaaaaaaaaaaaaaaa"
        sid = store.login("victim", planted)
        self.assertNotEqual(sid, planted, "login adopted an id the browser sent: the attacker who planted it is now logged in as the victim")
        self.assertIsNone(store.get(planted), "the planted id must not name a session")

    def test_same_data(self):
        """get returns the same data each time, so the app can write to it"""
        store = learner.SessionStore()
        sid = store.login("u")
        store.get(sid).data["theme"] = "dark"
        self.assertEqual(store.get(sid).data.get("theme"), "dark")

    def test_idle_boundary(self):
        """idle expiry: valid 1 s before last_seen + idle_timeout, gone exactly at it"""
        now = Clock()
        store = learner.SessionStore(idle_timeout=30 * MINUTE, now=now)
        a, b = store.login("a"), store.login("b")
        now.advance(30 * MINUTE - 1)
        self.assertIsNotNone(store.get(a), "a session must still be valid 1 s before its idle timeout")
        now.advance(1)
        self.assertIsNone(store.get(b), "a session idle for exactly idle_timeout is expired (now() >= last_seen + idle_timeout)")

    def test_sliding(self):
        """sliding expiry: each get pushes the idle deadline back"""
        now = Clock()
        store = learner.SessionStore(idle_timeout=30 * MINUTE, now=now)
        sid = store.login("u")
        for i in range(5):
            now.advance(20 * MINUTE)
            self.assertIsNotNone(store.get(sid), f"after {(i + 1) * 20} minutes with a request every 20 minutes the session must be alive (sliding expiry: get sets last_seen)")
        now.advance(30 * MINUTE)
        self.assertIsNone(store.get(sid), "after 30 idle minutes it expires")

    def test_absolute(self):
        """absolute expiry: a busy session still ends absolute_timeout after login"""
        now = Clock()
        store = learner.SessionStore(idle_timeout=30 * MINUTE, absolute_timeout=8 * 60 * MINUTE, now=now)
        sid = store.login("u")
        for _ in range(8 * 6 - 1):
            now.advance(10 * MINUTE)
            self.assertIsNotNone(store.get(sid))
        now.advance(10 * MINUTE)
        self.assertIsNone(store.get(sid), "at created_at + absolute_timeout the session is over, however active")

    def test_expired_forgotten(self):
        """an expired session stays expired, even if the clock goes back"""
        now = Clock()
        store = learner.SessionStore(idle_timeout=MINUTE, now=now)
        sid = store.login("u")
        now.advance(MINUTE)
        self.assertIsNone(store.get(sid))
        now.advance(-MINUTE)
        self.assertIsNone(store.get(sid), "expired sessions must be forgotten (deleted), not kept around")

    def test_logout(self):
        """logout destroys the session; unknown ids are ignored"""
        store = learner.SessionStore()
        sid, other = store.login("u"), store.login("v")
        store.logout(sid)
        self.assertIsNone(store.get(sid), "after logout the id must not work any more")
        self.assertIsNotNone(store.get(other), "logout must only destroy its own session")
        store.logout("never-issued")

    def test_cookie(self):
        """set_cookie(sid): sid=<id>; Path=/; Max-Age=<idle seconds>; HttpOnly; Secure; SameSite=Lax"""
        store = learner.SessionStore(idle_timeout=45 * MINUTE)
        sid = store.login("u")
        name, value, attrs = parse_set_cookie(store.set_cookie(sid))
        self.assertEqual((name, value), ("sid", sid))
        self.assertIs(attrs.get("httponly"), True, "HttpOnly is missing: any script on the page (and every XSS bug) could read the session id")
        self.assertIs(attrs.get("secure"), True, "Secure is missing: the cookie would also travel over plain HTTP")
        self.assertEqual(str(attrs.get("samesite")).lower(), "lax", "SameSite=Lax is missing: browsers would send the cookie on cross-site POSTs (CSRF)")
        self.assertEqual(attrs.get("path"), "/", "Path=/ is missing")
        self.assertEqual(attrs.get("max-age"), str(45 * 60), "Max-Age is the idle timeout in whole seconds")
        self.assertNotIn("domain", attrs, "leave Domain out: the cookie then stays on this exact host")

    def test_clear_cookie(self):
        """clear_cookie(): an empty sid with Max-Age=0 and the same attributes"""
        name, value, attrs = parse_set_cookie(learner.SessionStore().clear_cookie())
        self.assertEqual((name, value), ("sid", ""))
        self.assertEqual(attrs.get("max-age"), "0", "Max-Age=0 tells the browser to delete the cookie")
        self.assertEqual(attrs.get("path"), "/", "the deleting cookie needs the same Path, or the browser keeps the old one")
        self.assertIs(attrs.get("httponly"), True)
        self.assertIs(attrs.get("secure"), True)
