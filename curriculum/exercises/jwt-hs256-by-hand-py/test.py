import base64
import hashlib
import hmac
import json
import unittest
from unittest import mock

import learner

SECRET = "test-secret-at-least-32-characters-long"
T0 = 1_700_000_000  # seconds


def at(seconds):
    return lambda: seconds


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def part(value):
    return b64(json.dumps(value).encode())


def unpart(text):
    return json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))


def make_token(header, payload, secret=SECRET, digest=hashlib.sha256):
    """A token made by "another library": same algorithm, different JSON formatting."""
    signing_input = f"{part(header)}.{part(payload)}"
    return f"{signing_input}.{b64(hmac.new(secret.encode(), signing_input.encode(), digest).digest())}"


GOOD_CLAIMS = {"sub": "1", "exp": T0 + 60}


class SignJwt(unittest.TestCase):
    def test_three_parts(self):
        """sign_jwt returns three base64url parts without "=" padding, the header being {"alg": "HS256", "typ": "JWT"}"""
        for sub in ("4", "42", "424", "4242"):  # payload lengths that would need padding
            token = learner.sign_jwt({"sub": sub}, SECRET, expires_in=60, now=at(T0))
            parts = token.split(".")
            self.assertEqual(len(parts), 3, msg=token)
            for piece in parts:
                self.assertRegex(piece, r"^[A-Za-z0-9_-]+$", msg=f"part {piece!r} of {token}")
            self.assertEqual(unpart(parts[0]), {"alg": "HS256", "typ": "JWT"})

    def test_signature(self):
        """the signature is HMAC-SHA256 of "header.payload" with the secret, base64url-encoded"""
        header, payload, signature = learner.sign_jwt({"sub": "42"}, SECRET, expires_in=60, now=at(T0)).split(".")
        expected = hmac.new(SECRET.encode(), f"{header}.{payload}".encode(), hashlib.sha256).digest()
        self.assertEqual(signature, b64(expected))

    def test_claims(self):
        """sign_jwt adds iat and exp in seconds from the injected clock (900 s → exp 1700000900) and leaves the input dict alone"""
        given = {"sub": "42", "role": "reader"}
        token = learner.sign_jwt(given, SECRET, expires_in=900, now=at(T0 + 0.75))
        self.assertEqual(
            unpart(token.split(".")[1]), {"sub": "42", "role": "reader", "iat": 1_700_000_000, "exp": 1_700_000_900}
        )
        self.assertEqual(given, {"sub": "42", "role": "reader"})

    def test_sub_must_be_string(self):
        """sign_jwt({"sub": 42}, ...) raises TypeError: sub must be a string"""
        with self.assertRaises(TypeError):
            learner.sign_jwt({"sub": 42}, SECRET, expires_in=60, now=at(T0))


class VerifyJwt(unittest.TestCase):
    def assertInvalid(self, token, now=T0, msg=None):
        try:
            learner.verify_jwt(token, SECRET, now=at(now))
        except learner.InvalidTokenError:
            return
        except Exception as error:
            self.fail(f"expected InvalidTokenError, got {error!r} ({msg})")
        self.fail(f"the token was accepted; expected InvalidTokenError ({msg})")

    def test_valid(self):
        """verify_jwt returns the payload of a valid token, including one made by another HS256 library"""
        own = learner.sign_jwt({"sub": "7"}, SECRET, expires_in=60, now=at(T0))
        self.assertEqual(learner.verify_jwt(own, SECRET, now=at(T0 + 1)), {"sub": "7", "iat": T0, "exp": T0 + 60})
        foreign = make_token({"typ": "JWT", "alg": "HS256"}, {"sub": "abc", "admin": False, "exp": T0 + 5})
        self.assertEqual(
            learner.verify_jwt(foreign, SECRET, now=at(T0)), {"sub": "abc", "admin": False, "exp": T0 + 5}
        )

    def test_tampered_payload(self):
        """a payload changed after signing ("role": "reader" → "admin") raises InvalidTokenError"""
        header, _, signature = learner.sign_jwt(
            {"sub": "42", "role": "reader"}, SECRET, expires_in=60, now=at(T0)
        ).split(".")
        forged = f"{header}.{part({'sub': '42', 'role': 'admin', 'iat': T0, 'exp': T0 + 60})}.{signature}"
        self.assertInvalid(forged)

    def test_wrong_secret(self):
        """a token signed with another secret raises InvalidTokenError"""
        self.assertInvalid(make_token({"alg": "HS256", "typ": "JWT"}, GOOD_CLAIMS, secret="another-secret"))

    def test_expiry(self):
        """a 60 s token is accepted at 59.9 s and refused from 60 s on (now() >= exp)"""
        token = learner.sign_jwt({"sub": "42"}, SECRET, expires_in=60, now=at(T0))
        self.assertEqual(learner.verify_jwt(token, SECRET, now=at(T0 + 59.9))["sub"], "42")
        self.assertInvalid(token, now=T0 + 60, msg="at exp")
        self.assertInvalid(token, now=T0 + 3600, msg="an hour later")

    def test_exp_required(self):
        """a correctly signed token without exp, or with exp "9999999999" or true, raises InvalidTokenError"""
        for claims in ({"sub": "1"}, {"sub": "1", "exp": "9999999999"}, {"sub": "1", "exp": True},
                       {"sub": "1", "exp": None}):
            self.assertInvalid(make_token({"alg": "HS256", "typ": "JWT"}, claims), msg=f"claims={claims}")

    def test_sub_string(self):
        """a correctly signed token whose sub is not a string ({"sub": 42}) raises InvalidTokenError"""
        for sub in (42, ["1"], None):
            claims = {"sub": sub, "exp": T0 + 60}
            self.assertInvalid(make_token({"alg": "HS256", "typ": "JWT"}, claims), msg=f"sub={sub!r}")

    def test_alg_pinned(self):
        """alg "none" (unsigned), "HS512", "hs256" or a missing alg raise InvalidTokenError, even with a valid HS256 signature"""
        unsigned = f"{part({'alg': 'none', 'typ': 'JWT'})}.{part({'sub': '1', 'admin': True, 'exp': T0 + 60})}."
        self.assertInvalid(unsigned, msg="alg none, empty signature")
        self.assertInvalid(make_token({"alg": "HS512", "typ": "JWT"}, GOOD_CLAIMS, digest=hashlib.sha512), msg="HS512")
        for alg in ("none", "HS384", "RS256", "hs256", None):
            header = {"typ": "JWT"} if alg is None else {"alg": alg, "typ": "JWT"}
            self.assertInvalid(make_token(header, GOOD_CLAIMS), msg=f"alg={alg!r} signed with HS256")

    def test_malformed(self):
        """"", "abc", "a.b", "a.b.c.d", "!!!.???.###", a header that is [] or not JSON raise InvalidTokenError and nothing else"""
        valid = make_token({"alg": "HS256", "typ": "JWT"}, GOOD_CLAIMS)
        header, payload, signature = valid.split(".")
        bad_tokens = [
            "", "abc", "a.b", "a.b.c.d", "!!!.???.###", f"{part({'alg': 'HS256'})}.not-json.sig",
            f"{part([])}.{payload}.{signature}", f"{b64(b'not json')}.{payload}.{signature}",
            f"{header}.{payload}.{signature}=", f"{header}.é.{signature}", None, 42,
        ]
        for token in bad_tokens:
            self.assertInvalid(token, msg=f"token={token!r}")
        # a payload that is [] but correctly signed
        signing_input = f"{header}.{part([])}"
        sig = b64(hmac.new(SECRET.encode(), signing_input.encode(), hashlib.sha256).digest())
        self.assertInvalid(f"{signing_input}.{sig}", msg="payload []")

    def test_compare_digest(self):
        """verify_jwt compares signatures with hmac.compare_digest (constant time), not =="""
        token = learner.sign_jwt({"sub": "42"}, SECRET, expires_in=60, now=at(T0))
        spy = mock.MagicMock(wraps=hmac.compare_digest)
        patches = [mock.patch("hmac.compare_digest", spy), mock.patch("secrets.compare_digest", spy)]
        if hasattr(learner, "compare_digest"):  # from hmac import compare_digest
            patches.append(mock.patch.object(learner, "compare_digest", spy))
        for patch in patches:
            patch.start()
        try:
            self.assertEqual(learner.verify_jwt(token, SECRET, now=at(T0))["sub"], "42")
        finally:
            for patch in patches:
                patch.stop()
        self.assertGreater(spy.call_count, 0, "hmac.compare_digest was never called")


if __name__ == "__main__":
    unittest.main()
