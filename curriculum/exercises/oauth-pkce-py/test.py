import base64
import hashlib
import re
import unittest
from urllib.parse import parse_qs, urlencode, urlsplit

import learner

AUTHORIZE = "https://accounts.example.com/oauth2/authorize"
REDIRECT = "https://blog.example.com/auth/callback?next=/drafts&lang=en"


def s256(verifier):
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


def query(url_or_body):
    text = urlsplit(url_or_body).query if "://" in url_or_body else url_or_body
    return {key: values[0] for key, values in parse_qs(text, keep_blank_values=True).items()}


def back(**params):
    return "https://blog.example.com/auth/callback?" + urlencode(params)


class Clock:
    def __init__(self, start=1_700_000_000.0):
        self.time = start

    def __call__(self):
        return self.time


def client(**extra):
    return learner.OAuthClient(authorize_endpoint=AUTHORIZE, client_id="blog-web", redirect_uri=REDIRECT, **extra)


class PkceTest(unittest.TestCase):
    def reason(self, c, url, why="callback must raise OAuthError"):
        with self.assertRaises(learner.OAuthError, msg=why) as caught:
            c.callback(url)
        return caught.exception.reason

    def test_verifier(self):
        """create_code_verifier: 43–128 unreserved characters, different every time"""
        verifiers = [learner.create_code_verifier() for _ in range(30)]
        for v in verifiers:
            self.assertTrue(43 <= len(v) <= 128, f"a code_verifier is 43 to 128 characters long (RFC 7636), got {len(v)}")
            self.assertRegex(v, r"^[A-Za-z0-9\-._~]+$", "a code_verifier may only use A–Z a–z 0–9 - . _ ~")
        self.assertEqual(len(set(verifiers)), 30, "every verifier must be new")

    def test_rfc_vector(self):
        """code_challenge matches the RFC 7636 appendix B example"""
        self.assertEqual(learner.code_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"), "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                         "S256 is base64url (- and _, no = padding) of the SHA-256 digest bytes: not hexdigest(), not padded")

    def test_challenge_any(self):
        """code_challenge is unpadded base64url of SHA-256 for any verifier"""
        for v in ("a" * 43, learner.create_code_verifier(), "~._-0123456789abcdefghijklmnopqrstuvwxyzABCD"):
            c = learner.code_challenge(v)
            self.assertNotRegex(c, r"[=+/]", f"{c!r} is not unpadded base64url")
            self.assertEqual(c, s256(v))

    def test_start_url(self):
        """start: the authorize URL carries every parameter, URL-encoded, with an S256 challenge"""
        c = client(scope="openid email profile")
        url, state = c.start()
        parts = urlsplit(url)
        self.assertEqual(f"{parts.scheme}://{parts.netloc}{parts.path}", AUTHORIZE, "the URL must start with authorize_endpoint")
        q = query(url)
        self.assertEqual(q.get("response_type"), "code")
        self.assertEqual(q.get("client_id"), "blog-web")
        self.assertNotIn("lang", q, "redirect_uri was not encoded: its &lang=en became a parameter of the authorize URL")
        self.assertEqual(q.get("redirect_uri"), REDIRECT, "redirect_uri must arrive intact: encode it")
        self.assertEqual(q.get("scope"), "openid email profile")
        self.assertEqual(q.get("state"), state, "the state in the URL must be the one start() returns")
        self.assertEqual(q.get("code_challenge_method"), "S256", "code_challenge_method must be S256")
        verifier = query(c.callback(back(code="abc", state=state))).get("code_verifier")
        self.assertNotEqual(q.get("code_challenge"), verifier, "the code_challenge is the verifier itself: anyone who sees the URL can redeem a stolen code")
        self.assertEqual(q.get("code_challenge"), s256(verifier), "code_challenge must be code_challenge(the verifier sent with the token request)")

    def test_state_random(self):
        """start: a random 22+ character state, new for every login"""
        c = client()
        states = [c.start()[1] for _ in range(20)]
        for s in states:
            self.assertRegex(s, r"^[A-Za-z0-9_-]{22,}$", "state must be secrets.token_urlsafe(16) or longer")
        self.assertEqual(len(set(states)), 20)

    def test_token_request(self):
        """callback: the token request has grant_type, code, redirect_uri, client_id and the verifier of THIS login"""
        c = client()
        url1, state1 = c.start()
        url2, state2 = c.start()
        body2 = query(c.callback(back(code="code/for two+", state=state2)))
        body1 = query(c.callback(back(code="one", state=state1)))
        self.assertEqual(body2.get("grant_type"), "authorization_code")
        self.assertEqual(body2.get("code"), "code/for two+", "the code must be form-encoded (it may hold / and +)")
        self.assertEqual(body2.get("redirect_uri"), REDIRECT, "the token request repeats the exact redirect_uri")
        self.assertEqual(body2.get("client_id"), "blog-web")
        self.assertEqual(s256(body2.get("code_verifier", "")), query(url2)["code_challenge"], "each login must send the verifier made for its own state")
        self.assertEqual(s256(body1.get("code_verifier", "")), query(url1)["code_challenge"])

    def test_unknown_state(self):
        """callback: a state this client never issued is rejected (CSRF)"""
        c = client()
        c.start()
        self.assertEqual(self.reason(c, back(code="attacker-code", state="made-up-state-aaaaaaaaaaa"), "a callback whose state was not issued by start() must be refused: it is how an attacker logs you into their account"), "state-mismatch")

    def test_missing_state(self):
        """callback: a missing state is rejected"""
        c = client()
        c.start()
        self.assertEqual(self.reason(c, back(code="abc"), "a callback without state must be refused"), "state-mismatch")

    def test_single_use(self):
        """callback: a state works once — a replayed callback is rejected"""
        c = client()
        _, state = c.start()
        c.callback(back(code="abc", state=state))
        self.assertEqual(self.reason(c, back(code="abc", state=state), "the same state came back twice and was accepted: use it up on first use"), "state-mismatch")

    def test_expiry(self):
        """callback: a state expires ttl seconds after start"""
        now = Clock()
        c = client(ttl=60, now=now)
        _, early = c.start()
        _, late = c.start()
        now.time += 59.999
        c.callback(back(code="a", state=early))
        now.time += 0.001
        self.assertEqual(self.reason(c, back(code="b", state=late), "a state is expired at exactly ttl seconds"), "expired")

    def test_denied(self):
        """callback: the provider's error=access_denied is "denied", and uses the state up"""
        c = client()
        _, state = c.start()
        self.assertEqual(self.reason(c, back(error="access_denied", state=state)), "denied")
        self.assertEqual(self.reason(c, back(code="late", state=state), "a state is used up by any callback that carries it, even an error"), "state-mismatch")

    def test_missing_code(self):
        """callback: no code is "missing-code\""""
        c = client()
        _, state = c.start()
        self.assertEqual(self.reason(c, back(state=state)), "missing-code")
