import base64
import hashlib
import hmac
import unittest
from unittest import mock

import learner

FAST = {"n": 1024}  # a low cost keeps the checks quick; real code uses the default


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def foreign_hash(password, n, r, p, salt=bytes([7]) * 16):
    key = hashlib.scrypt(password.encode(), salt=salt, n=n, r=r, p=p, dklen=64)
    return f"scrypt${n}${r}${p}${b64(salt)}${b64(key)}"


class HashPassword(unittest.TestCase):
    def test_default_format(self):
        """hash_password("correct horse") returns "scrypt$16384$8$1$<salt>$<hash>" by default"""
        stored = learner.hash_password("correct horse")
        self.assertIsInstance(stored, str)
        self.assertRegex(stored, r"^scrypt\$16384\$8\$1\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$")

    def test_salt_and_hash_sizes(self):
        """the salt is 16 bytes and the hash 64 bytes, both base64url without "=" padding (22 and 86 characters)"""
        stored = learner.hash_password("pw", **FAST)
        self.assertNotIn("=", stored)
        _, n, r, p, salt, key = stored.split("$")
        self.assertEqual((n, r, p), ("1024", "8", "1"))
        self.assertEqual((len(salt), len(key)), (22, 86))
        self.assertEqual((len(unb64(salt)), len(unb64(key))), (16, 64))

    def test_hash_is_scrypt(self):
        """the hash is hashlib.scrypt(password, salt, n, r=8, p=1, dklen=64) of the stored salt"""
        stored = learner.hash_password("s3cret!", **FAST)
        _, _, _, _, salt, key = stored.split("$")
        expected = hashlib.scrypt(b"s3cret!", salt=unb64(salt), n=1024, r=8, p=1, dklen=64)
        self.assertEqual(unb64(key), expected)

    def test_random_salt(self):
        """hashing the same password twice gives two different strings (a fresh random salt each time)"""
        first = learner.hash_password("same password", **FAST)
        second = learner.hash_password("same password", **FAST)
        self.assertNotEqual(first, second)
        self.assertNotEqual(first.split("$")[4], second.split("$")[4], "the salts must differ")


class VerifyPassword(unittest.TestCase):
    def test_right_and_wrong(self):
        """verify_password accepts "correct horse" and rejects "Correct horse" and ""; a non-ASCII password round-trips"""
        stored = learner.hash_password("correct horse", **FAST)
        self.assertIs(learner.verify_password("correct horse", stored), True)
        self.assertIs(learner.verify_password("Correct horse", stored), False)
        self.assertIs(learner.verify_password("", stored), False)
        unicode_stored = learner.hash_password("pässwörd ✓", **FAST)
        self.assertIs(learner.verify_password("pässwörd ✓", unicode_stored), True)

    def test_stored_parameters(self):
        """verify_password uses the parameters in the string: hashes made elsewhere with n=2048 and with r=4, p=2 verify"""
        for n, r, p in ((2048, 8, 1), (1024, 4, 2)):
            stored = foreign_hash("s3cret!", n, r, p)
            self.assertIs(learner.verify_password("s3cret!", stored), True, msg=stored)
            self.assertIs(learner.verify_password("s3cret?", stored), False, msg=stored)

    def test_malformed(self):
        """verify_password returns False (never raises) for "plain-text", "bcrypt$...", "scrypt$abc$def", None and other junk"""
        good = foreign_hash("pw", 1024, 8, 1)
        _, _, _, _, salt, key = good.split("$")
        bad_values = [
            "plain-text-password", "", "bcrypt$12$abc$def$ghi$jkl", "scrypt$abc$def",
            f"scrypt$x$8$1${salt}${key}", f"scrypt$-1024$8$1${salt}${key}", f"scrypt$1024$8$1${salt}",
            f"scrypt$1024$8$1${salt}${key}$extra", f"scrypt$1024$8$1$!!!!${key}", f"scrypt$1024$8$1${salt}$***",
            f"scrypt$1024$²$1${salt}${key}", None, 42,
        ]
        for stored in bad_values:
            try:
                result = learner.verify_password("pw", stored)
            except Exception as error:
                self.fail(f"verify_password raised {error!r} for stored={stored!r}")
            self.assertIs(result, False, msg=f"stored={stored!r}")

    def test_bad_parameters(self):
        """verify_password returns False when scrypt refuses the stored parameters (n=1000 is not a power of two, n=2**40)"""
        _, _, _, _, salt, key = foreign_hash("pw", 1024, 8, 1).split("$")
        for n in (1000, 3, 2**40):
            stored = f"scrypt${n}$8$1${salt}${key}"
            try:
                self.assertIs(learner.verify_password("pw", stored), False, msg=f"n={n}")
            except Exception as error:
                self.fail(f"verify_password raised {error!r} for n={n}")

    def test_truncated_hash(self):
        """verify_password returns False when the stored hash is not the full 64 bytes (e.g. truncated)"""
        stored = learner.hash_password("pw", **FAST)
        self.assertIs(learner.verify_password("pw", stored[:-10]), False)
        prefix, key = stored.rsplit("$", 1)
        short = b64(unb64(key)[:32])
        self.assertIs(learner.verify_password("pw", f"{prefix}${short}"), False)

    def test_compare_digest(self):
        """verify_password compares the hashes with hmac.compare_digest (constant time), not =="""
        stored = learner.hash_password("pw", **FAST)
        spy = mock.MagicMock(wraps=hmac.compare_digest)
        patches = [mock.patch("hmac.compare_digest", spy), mock.patch("secrets.compare_digest", spy)]
        if hasattr(learner, "compare_digest"):  # from hmac import compare_digest
            patches.append(mock.patch.object(learner, "compare_digest", spy))
        for patch in patches:
            patch.start()
        try:
            self.assertIs(learner.verify_password("pw", stored), True)
            self.assertIs(learner.verify_password("nope", stored), False)
        finally:
            for patch in patches:
                patch.stop()
        self.assertGreaterEqual(spy.call_count, 2, "hmac.compare_digest was not used for every check")


if __name__ == "__main__":
    unittest.main()
