import json
import logging
import sqlite3
import unittest
from http import HTTPStatus
from wsgiref.util import setup_testing_defaults
from wsgiref.validate import validator

import learner


def ok(environ, start_response):
    body = b'{"data": "fine"}'
    start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
    return [body]


def raiser(exc):
    def handler(environ, start_response):
        raise exc
    return handler


def duplicate_email(environ, start_response):
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE)")
    db.execute("INSERT INTO users (email) VALUES ('ada@example.com')")
    db.execute("INSERT INTO users (email) VALUES ('ada@example.com')")  # UNIQUE constraint failed: users.email


ROUTES = {
    "GET /ok": ok,
    "GET /posts/7": lambda e, s: raiser(learner.HttpError(404, "Post 7 not found", "NOT_FOUND"))(e, s),
    "POST /posts": lambda e, s: raiser(learner.HttpError(422, "title is required", "VALIDATION_FAILED"))(e, s),
    "GET /me": lambda e, s: raiser(learner.HttpError(401, "Authentication required", "UNAUTHENTICATED"))(e, s),
    "POST /users": duplicate_email,
    "GET /crash": raiser(ConnectionError("connect failed: postgres://admin:hunter2@db:5432")),
    "GET /key": raiser(KeyError("secret_key")),
    "GET /upstream": lambda e, s: raiser(learner.HttpError(503, "payments at 10.0.0.7 timed out", "UPSTREAM"))(e, s),
}


def framework(environ, start_response):
    """A tiny WSGI framework: exact "METHOD /path" routes; any exception goes to handle_error."""
    try:
        key = f"{environ['REQUEST_METHOD']} {environ['PATH_INFO']}"
        handler = ROUTES.get(key)
        if handler is None:
            raise learner.HttpError(404, f"Route {key} not found", "NOT_FOUND")
        return handler(environ, start_response)
    except Exception as exc:
        return learner.handle_error(exc, environ, start_response)


APP = validator(framework)  # wsgiref checks that every response follows the WSGI rules


def request(method, path):
    environ = {"REQUEST_METHOD": method, "PATH_INFO": path, "SCRIPT_NAME": "", "QUERY_STRING": ""}
    setup_testing_defaults(environ)
    seen = {}

    def start_response(status, headers, exc_info=None):
        seen["status"], seen["headers"] = status, headers
        return lambda data: None

    result = APP(environ, start_response)
    try:
        raw = b"".join(result)
    finally:
        result.close()
    text = raw.decode()
    try:
        body = json.loads(text)
    except ValueError:
        body = None
    headers = {name.lower(): value for name, value in seen["headers"]}
    return seen["status"], headers, text, body, raw


INTERNAL = {"error": {"code": "INTERNAL_ERROR", "message": "Internal server error"}}


class ErrorHandler(unittest.TestCase):
    def setUp(self):
        # The learner's handler logs on "api"; keep that out of the test output.
        self.api_log = logging.getLogger("api")
        self.api_log.addHandler(logging.NullHandler())
        self.propagate = self.api_log.propagate
        self.api_log.propagate = False

    def tearDown(self):
        self.api_log.propagate = self.propagate

    def test_http_error(self):
        """HttpError(404, "Post not found", "NOT_FOUND") is an Exception with status, code and message; code defaults to HTTP_ERROR"""
        error = learner.HttpError(404, "Post not found", "NOT_FOUND")
        self.assertIsInstance(error, Exception)
        self.assertEqual((error.status, error.code, error.message), (404, "NOT_FOUND", "Post not found"))
        self.assertEqual(str(error), "Post not found")
        self.assertEqual(learner.HttpError(400, "Bad").code, "HTTP_ERROR")

    def test_404(self):
        """a raised HttpError 404 is answered "404 Not Found" with {"error": {"code": "NOT_FOUND", "message": "Post 7 not found"}}"""
        status, headers, _, body, _ = request("GET", "/posts/7")
        self.assertEqual(status, "404 Not Found")
        self.assertTrue(headers.get("content-type", "").startswith("application/json"))
        self.assertEqual(body, {"error": {"code": "NOT_FOUND", "message": "Post 7 not found"}})

    def test_422(self):
        """a raised HttpError 422 keeps its status (with its reason phrase) and VALIDATION_FAILED code"""
        status, _, _, body, _ = request("POST", "/posts")
        self.assertEqual(status, f"422 {HTTPStatus(422).phrase}")
        self.assertEqual(body, {"error": {"code": "VALIDATION_FAILED", "message": "title is required"}})

    def test_unknown_route(self):
        """an unknown route (the framework raises HttpError 404) is answered 404 NOT_FOUND"""
        status, _, _, body, _ = request("GET", "/nowhere")
        self.assertEqual(status, "404 Not Found")
        self.assertEqual((body or {}).get("error", {}).get("code"), "NOT_FOUND")

    def test_401_challenge(self):
        """a 401 is answered "401 Unauthorized" with the header WWW-Authenticate: Bearer"""
        status, headers, _, body, _ = request("GET", "/me")
        self.assertEqual(status, "401 Unauthorized")
        self.assertEqual(headers.get("www-authenticate"), "Bearer")
        self.assertEqual(body, {"error": {"code": "UNAUTHENTICATED", "message": "Authentication required"}})

    def test_integrity_error(self):
        """a sqlite3.IntegrityError (duplicate email) becomes 409 CONFLICT "Resource already exists" without the constraint text"""
        status, _, text, body, _ = request("POST", "/users")
        self.assertEqual(status, "409 Conflict")
        self.assertEqual(body, {"error": {"code": "CONFLICT", "message": "Resource already exists"}})
        self.assertNotIn("users.email", text)

    def test_unexpected_error(self):
        """a ConnectionError becomes "500 Internal Server Error" INTERNAL_ERROR; its message (with a password) and no traceback are sent"""
        status, headers, text, body, _ = request("GET", "/crash")
        self.assertEqual(status, "500 Internal Server Error")
        self.assertTrue(headers.get("content-type", "").startswith("application/json"))
        self.assertEqual(body, INTERNAL)
        self.assertNotIn("hunter2", text)
        self.assertNotIn("Traceback", text)

    def test_key_error(self):
        """a KeyError("secret_key") from a bug is a generic 500 too (not a 404), without "secret_key\""""
        status, _, text, body, _ = request("GET", "/key")
        self.assertEqual(status, "500 Internal Server Error")
        self.assertEqual(body, INTERNAL)
        self.assertNotIn("secret_key", text)

    def test_5xx_http_error_hidden(self):
        """an HttpError with status 503 is hidden too: a generic 500 without "10.0.0.7\""""
        status, _, text, body, _ = request("GET", "/upstream")
        self.assertEqual(status, "500 Internal Server Error")
        self.assertEqual(body, INTERNAL)
        self.assertNotIn("10.0.0.7", text)

    def test_unexpected_logged(self):
        """an unexpected error is logged on the "api" logger at ERROR level with its traceback"""
        with self.assertLogs("api", level="ERROR") as logs:
            request("GET", "/crash")
        formatted = "\n".join(logs.output)
        self.assertIn("hunter2", formatted, "the log should carry the original error")
        self.assertTrue(any(record.exc_info for record in logs.records), "log the traceback: exc_info=exc")

    def test_expected_not_logged(self):
        """expected errors (404, 422, 409) are not logged at ERROR level: they are not bugs"""
        with self.assertNoLogs("api", level="ERROR"):
            request("GET", "/posts/7")
            request("POST", "/posts")
            request("POST", "/users")

    def test_content_length(self):
        """every error response carries Content-Type application/json; charset=utf-8 and a correct Content-Length"""
        for method, path in (("GET", "/posts/7"), ("GET", "/crash"), ("POST", "/users")):
            _, headers, _, _, raw = request(method, path)
            self.assertEqual(headers.get("content-type"), "application/json; charset=utf-8", msg=path)
            self.assertEqual(headers.get("content-length"), str(len(raw)), msg=path)

    def test_success_untouched(self):
        """a successful route is untouched: GET /ok answers "200 OK" {"data": "fine"}"""
        status, _, _, body, _ = request("GET", "/ok")
        self.assertEqual(status, "200 OK")
        self.assertEqual(body, {"data": "fine"})


if __name__ == "__main__":
    unittest.main()
