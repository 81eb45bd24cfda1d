import unittest

import learner

VALID = {"email": "ada@example.com", "password": "lovelace1815", "name": "Ada Lovelace"}


def problems(body):
    """[(loc, type), ...] from the raised error; fails the test if nothing is raised."""
    try:
        learner.parse_register(body)
    except learner.RegisterValidationError as exc:
        errors = exc.errors()
        for e in errors:
            assert isinstance(e.get("msg"), str) and e["msg"], f"every error needs a msg: {e}"
            assert isinstance(e.get("loc"), tuple), f"loc should be a tuple like pydantic's: {e}"
        return [(e["loc"], e["type"]) for e in errors]
    raise AssertionError(f"parse_register({body!r}) should have raised RegisterValidationError")


class ParseRegister(unittest.TestCase):
    def test_valid(self):
        """a valid body returns RegisterIn with the email stripped and lower-cased and the name stripped"""
        r = learner.parse_register({"email": "  Ada@Example.COM ", "password": "lovelace1815", "name": "  Ada  "})
        self.assertEqual((r.email, r.password, r.name), ("ada@example.com", "lovelace1815", "Ada"))

    def test_password_not_stripped(self):
        """the password is never stripped: "  lovelace1815  " is kept with its spaces"""
        r = learner.parse_register({**VALID, "password": "  lovelace1815  "})
        self.assertEqual(r.password, "  lovelace1815  ")

    def test_valid_emails(self):
        """plausible emails such as first.last+tag@sub.example.org are accepted"""
        for email in ["first.last+tag@sub.example.org", "x@y.io"]:
            self.assertEqual(learner.parse_register({**VALID, "email": email}).email, email, msg=email)

    def test_invalid_email(self):
        """an invalid email ("not-an-email", "ada@", "ada@example", "a b@example.com", "a@@b.com") is a value_error on ("email",)"""
        for email in ["not-an-email", "ada@", "ada@example", "a b@example.com", "a@@b.com", "", "   "]:
            self.assertEqual(problems({**VALID, "email": email}), [(("email",), "value_error")], msg=repr(email))

    def test_not_a_string(self):
        """a field that is not a str (42, None, True, ["a"]) is a string_type error, not a crash"""
        for value in [42, None, True, ["ada@example.com"]]:
            self.assertEqual(problems({**VALID, "email": value}), [(("email",), "string_type")], msg=repr(value))

    def test_password_length(self):
        """a password shorter than 8 characters is string_too_short; longer than 72 bytes is string_too_long"""
        self.assertIn((("password",), "string_too_short"), problems({**VALID, "password": "abc123"}))
        self.assertIn((("password",), "string_too_long"), problems({**VALID, "password": "a1" * 37}))
        self.assertEqual(learner.parse_register({**VALID, "password": "a1" * 36}).password, "a1" * 36, "exactly 72 bytes is fine")

    def test_password_bytes_not_chars(self):
        """the 72 limit counts UTF-8 bytes: "é" * 36 + "1" (37 characters, 73 bytes) is string_too_long"""
        self.assertIn((("password",), "string_too_long"), problems({**VALID, "password": "é" * 36 + "1"}))
        self.assertEqual(learner.parse_register({**VALID, "password": "é" * 35 + "1"}).password, "é" * 35 + "1")

    def test_password_letter_and_digit(self):
        """a password without a digit ("onlyletters") or without a letter ("1234567890") is a value_error"""
        self.assertEqual(problems({**VALID, "password": "onlyletters"}), [(("password",), "value_error")])
        self.assertEqual(problems({**VALID, "password": "1234567890"}), [(("password",), "value_error")])

    def test_name(self):
        """a missing name is "missing", a blank one "string_too_short", 51 characters "string_too_long" """
        no_name = {k: v for k, v in VALID.items() if k != "name"}
        self.assertEqual(problems(no_name), [(("name",), "missing")])
        self.assertEqual(problems({**VALID, "name": "   "}), [(("name",), "string_too_short")])
        self.assertEqual(problems({**VALID, "name": "x" * 51}), [(("name",), "string_too_long")])
        self.assertEqual(learner.parse_register({**VALID, "name": " " + "x" * 50 + " "}).name, "x" * 50)

    def test_extra_forbidden(self):
        """unknown keys such as is_admin are extra_forbidden errors (no mass assignment)"""
        self.assertEqual(problems({**VALID, "is_admin": True}), [(("is_admin",), "extra_forbidden")])
        found = problems({**VALID, "role": "admin", "id": 1})
        self.assertEqual(sorted(found), [(("id",), "extra_forbidden"), (("role",), "extra_forbidden")])

    def test_every_problem(self):
        """every problem is reported at once: {"email": "nope", "password": "short", "is_admin": True} gives 4 errors"""
        found = problems({"email": "nope", "password": "short", "is_admin": True})
        locs = {loc for loc, _ in found}
        self.assertEqual(locs, {("email",), ("password",), ("name",), ("is_admin",)})
        self.assertIn((("name",), "missing"), found)
        self.assertIn((("is_admin",), "extra_forbidden"), found)

    def test_not_a_dict(self):
        """a body that is not a dict (None, "text", 42, a list) raises one model_type error with loc ()"""
        for body in [None, "a string", 42, [VALID]]:
            self.assertEqual(problems(body), [((), "model_type")], msg=repr(body))

    def test_error_class(self):
        """RegisterValidationError is a ValueError, so generic handlers still catch it"""
        with self.assertRaises(ValueError):
            learner.parse_register({})


class ValidationResponse(unittest.TestCase):
    def test_422_detail(self):
        """validation_response answers 422 with {"detail": [...]} and each loc as a list starting with "body" """
        try:
            learner.parse_register({"email": "nope", "password": "lovelace1815", "name": "Ada"})
        except learner.RegisterValidationError as exc:
            status, body = learner.validation_response(exc)
        else:
            self.fail("parse_register should have raised")
        self.assertEqual(status, 422)
        self.assertEqual(list(body), ["detail"])
        self.assertEqual(len(body["detail"]), 1)
        e = body["detail"][0]
        self.assertEqual(e["loc"], ["body", "email"])
        self.assertEqual(e["type"], "value_error")
        self.assertIsInstance(e["msg"], str)

    def test_body_level_loc(self):
        """an error on the whole body (loc ()) becomes loc ["body"]"""
        exc = learner.RegisterValidationError([{"type": "model_type", "loc": (), "msg": "Input should be a valid dictionary"}])
        status, body = learner.validation_response(exc)
        self.assertEqual((status, body["detail"][0]["loc"]), (422, ["body"]))


if __name__ == "__main__":
    unittest.main()
