import copy
import unittest

import learner


class FakeDb:
    """The in-memory repository the handlers receive (a real app would back it with PostgreSQL)."""

    def __init__(self):
        self.users = [
            {"id": 1, "name": "Ada", "email": "ada@example.com", "password_hash": "$2b$12$secret-ada"},
            {"id": 2, "name": "Alan", "email": "alan@example.com", "password_hash": "$2b$12$secret-alan"},
        ]
        self.next_id = 3

    def list_users(self):
        return copy.deepcopy(self.users)

    def find_user_by_id(self, user_id):
        if not isinstance(user_id, int):
            raise TypeError(f"find_user_by_id expects an int, got {user_id!r}")
        return next((dict(u) for u in self.users if u["id"] == user_id), None)

    def find_user_by_email(self, email):
        return next((dict(u) for u in self.users if u["email"] == email), None)

    def insert_user(self, *, name, email):
        user = {"id": self.next_id, "name": name, "email": email, "password_hash": "$2b$12$secret-new"}
        self.next_id += 1
        self.users.append(user)
        return dict(user)


class Handlers(unittest.TestCase):
    def assertApiError(self, call, status, code, msg=None):
        with self.assertRaises(learner.ApiError, msg=msg) as caught:
            call()
        error = caught.exception
        self.assertEqual(error.status, status, msg=msg)
        self.assertEqual(error.code, code, msg=msg)
        self.assertIsInstance(error.message, str, msg=msg)
        self.assertTrue(error.message, f"message must not be empty ({msg})")
        return error

    def fields(self, error):
        self.assertIsInstance(error.details, list, "details must be a list of {field, message}")
        return {detail["field"] for detail in error.details}

    def test_api_error(self):
        """ApiError(404, "NOT_FOUND", "User 7 not found") is an Exception with status, code, message and details None"""
        error = learner.ApiError(404, "NOT_FOUND", "User 7 not found")
        self.assertIsInstance(error, Exception)
        self.assertEqual(
            (error.status, error.code, error.message, error.details), (404, "NOT_FOUND", "User 7 not found", None)
        )
        self.assertEqual(str(error), "User 7 not found")
        details = [{"field": "name", "message": "required"}]
        self.assertEqual(learner.ApiError(422, "VALIDATION_FAILED", "Request is invalid", details).details, details)

    def test_list_users(self):
        """list_users(db) returns (200, {"data": [...]}) with id, name and email only (no password_hash)"""
        self.assertEqual(
            learner.list_users(FakeDb()),
            (200, {"data": [
                {"id": 1, "name": "Ada", "email": "ada@example.com"},
                {"id": 2, "name": "Alan", "email": "alan@example.com"},
            ]}),
        )

    def test_get_user(self):
        """get_user("2", db) returns (200, {"data": {"id": 2, "name": "Alan", "email": "alan@example.com"}})"""
        self.assertEqual(
            learner.get_user("2", FakeDb()), (200, {"data": {"id": 2, "name": "Alan", "email": "alan@example.com"}})
        )

    def test_get_unknown_user(self):
        """get_user("7", db) raises ApiError 404 NOT_FOUND"""
        self.assertApiError(lambda: learner.get_user("7", FakeDb()), 404, "NOT_FOUND")

    def test_get_user_bad_id(self):
        """get_user with "abc", "0", "1.5", "-1" or "" raises ApiError 422 VALIDATION_FAILED naming user_id"""
        for user_id in ("abc", "0", "1.5", "-1", ""):
            error = self.assertApiError(lambda user_id=user_id: learner.get_user(user_id, FakeDb()), 422, "VALIDATION_FAILED",
                                         msg=f"user_id={user_id!r}")
            self.assertEqual(self.fields(error), {"user_id"}, msg=f"user_id={user_id!r}")

    def test_get_user_ids_int_accepts(self):
        """get_user refuses ids that int() would accept: " 2", "+2", "1_0", "02" and Arabic-Indic "٢" give 422"""
        for user_id in (" 2", "+2", "1_0", "02", "٢", "2\n"):
            self.assertApiError(lambda user_id=user_id: learner.get_user(user_id, FakeDb()), 422, "VALIDATION_FAILED",
                                         msg=f"user_id={user_id!r}")

    def test_create_user(self):
        """create_user({"name": " Grace ", "email": " Grace@Example.com "}) returns 201 with a stripped name and lowercased email"""
        db = FakeDb()
        result = learner.create_user({"name": " Grace ", "email": " Grace@Example.com "}, db)
        self.assertEqual(result, (201, {"data": {"id": 3, "name": "Grace", "email": "grace@example.com"}}))
        self.assertEqual(db.users[-1]["email"], "grace@example.com")
        self.assertEqual(len(db.users), 3)

    def test_create_user_bad_name(self):
        """create_user with a missing, blank, non-string or 101-character name raises 422 naming "name" and stores nothing"""
        db = FakeDb()
        for body in ({"email": "x@example.com"}, {"name": "   ", "email": "x@example.com"},
                     {"name": 42, "email": "x@example.com"}, {"name": "x" * 101, "email": "x@example.com"}):
            error = self.assertApiError(lambda body=body: learner.create_user(body, db), 422, "VALIDATION_FAILED",
                                         msg=f"body={body!r}")
            self.assertEqual(self.fields(error), {"name"}, msg=f"body={body!r}")
        self.assertEqual(len(db.users), 2)
        self.assertEqual(learner.create_user({"name": "x" * 100, "email": "x@example.com"}, db)[0], 201)

    def test_create_user_bad_email(self):
        """create_user with email "not-an-email", "a b@c.d" or 42 raises 422 naming "email\""""
        for email in ("not-an-email", "a b@c.d", "ada@example", 42, None):
            error = self.assertApiError(
                lambda email=email: learner.create_user({"name": "X", "email": email}, FakeDb()), 422, "VALIDATION_FAILED",
                msg=f"email={email!r}",
            )
            self.assertEqual(self.fields(error), {"email"}, msg=f"email={email!r}")

    def test_create_user_body_not_object(self):
        """create_user with a body that is None, a list or a string raises 422 VALIDATION_FAILED (not a TypeError)"""
        for body in (None, [], ["name", "email"], "name=Ada"):
            self.assertApiError(lambda body=body: learner.create_user(body, FakeDb()), 422, "VALIDATION_FAILED",
                                         msg=f"body={body!r}")

    def test_create_user_unknown_field(self):
        """create_user refuses unknown fields: {"name": "Eve", "email": "eve@x.io", "role": "admin"} gives 422 naming "role\""""
        db = FakeDb()
        body = {"name": "Eve", "email": "eve@x.io", "role": "admin"}
        error = self.assertApiError(lambda body=body: learner.create_user(body, db), 422, "VALIDATION_FAILED")
        self.assertEqual(self.fields(error), {"role"})
        self.assertEqual(len(db.users), 2, "nothing may be stored")

    def test_create_user_all_errors(self):
        """create_user reports every problem at once: {"name": "", "email": "x", "id": 1} names name, email and id"""
        body = {"name": "", "email": "x", "id": 1}
        error = self.assertApiError(lambda body=body: learner.create_user(body, FakeDb()), 422, "VALIDATION_FAILED")
        self.assertEqual(self.fields(error), {"name", "email", "id"})
        for detail in error.details:
            self.assertIsInstance(detail.get("message"), str, msg=f"detail {detail!r} needs a message")

    def test_create_user_email_taken(self):
        """create_user with an email already in use, in any case ("ADA@example.com"), raises 409 EMAIL_TAKEN"""
        db = FakeDb()
        self.assertApiError(
            lambda: learner.create_user({"name": "Ada Two", "email": "ADA@example.com"}, db), 409, "EMAIL_TAKEN"
        )
        self.assertEqual(len(db.users), 2)


if __name__ == "__main__":
    unittest.main()
