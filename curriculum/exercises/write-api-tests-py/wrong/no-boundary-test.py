# WRONG: tests a far too long title but not the 200/201 boundary: an off-by-one survives
# Week 8 — Write the API tests for a small todo API, with unittest
#
# `backend-roadmap exercise verify` runs your TestCase classes once against the real API (every
# test must pass) and once against each of several buggy copies (at least one test must fail on
# each). It sets `create_app` below to the version under test: call create_app() inside your
# tests (in setUp), never at the top of this file.
import io
import json
import unittest
from wsgiref.util import setup_testing_defaults

create_app = None  # set by the checker: returns a fresh WSGI app (its own empty todo list)


def call(app, method, path, body=None):
    """Sends one request to the WSGI app, the way Flask's test client or FastAPI's TestClient do.

    body: a dict/list is sent as JSON, a str as it is. Returns (status, headers, data) with header
    names in lower case and data the decoded JSON (None for an empty body).
    """
    raw = b"" if body is None else (body if isinstance(body, str) else json.dumps(body)).encode()
    environ = {}
    setup_testing_defaults(environ)
    environ.update({"REQUEST_METHOD": method, "PATH_INFO": path, "CONTENT_TYPE": "application/json",
                    "CONTENT_LENGTH": str(len(raw)), "wsgi.input": io.BytesIO(raw)})
    started = {}

    def start_response(status, headers, exc_info=None):
        started["status"] = int(status.split()[0])
        started["headers"] = {name.lower(): value for name, value in headers}

    payload = b"".join(app(environ, start_response))
    return started["status"], started["headers"], json.loads(payload) if payload else None


class TodoApiTests(unittest.TestCase):
    def setUp(self):
        self.app = create_app()

    def test_list_starts_empty(self):
        status, _, data = call(self.app, "GET", "/todos")
        self.assertEqual(status, 200)
        self.assertEqual(data, [])

    def test_create(self):
        status, headers, data = call(self.app, "POST", "/todos", {"title": "  Write tests  "})
        self.assertEqual(status, 201)
        self.assertEqual(data, {"id": data["id"], "title": "Write tests", "done": False})
        self.assertEqual(headers.get("location"), f"/todos/{data['id']}")
        found_status, _, found = call(self.app, "GET", headers["location"])
        self.assertEqual((found_status, found), (200, data))

    def test_invalid_titles(self):
        for body in ({}, {"title": ""}, {"title": "   "}, {"title": 42}):
            with self.subTest(body=body):
                status, _, data = call(self.app, "POST", "/todos", body)
                self.assertEqual(status, 422)
                self.assertIsInstance(data["error"], str)
        self.assertEqual(call(self.app, "GET", "/todos")[2], [], "nothing was created")

    def test_malformed_json(self):
        self.assertEqual(call(self.app, "POST", "/todos", '{"title": ')[0], 400)

    def test_unknown_id(self):
        status, _, data = call(self.app, "GET", "/todos/999")
        self.assertEqual(status, 404)
        self.assertIsInstance(data["error"], str)

    def test_delete(self):
        todo = call(self.app, "POST", "/todos", {"title": "a"})[2]
        status, _, data = call(self.app, "DELETE", f"/todos/{todo['id']}")
        self.assertEqual((status, data), (204, None))
        self.assertEqual(call(self.app, "GET", f"/todos/{todo['id']}")[0], 404)
        self.assertEqual(call(self.app, "GET", "/todos")[2], [])
        self.assertEqual(call(self.app, "DELETE", f"/todos/{todo['id']}")[0], 404)

    def test_ids_never_reused(self):
        a = call(self.app, "POST", "/todos", {"title": "a"})[2]
        b = call(self.app, "POST", "/todos", {"title": "b"})[2]
        call(self.app, "DELETE", f"/todos/{a['id']}")
        c = call(self.app, "POST", "/todos", {"title": "c"})[2]
        self.assertNotIn(c["id"], (a["id"], b["id"]), "the new todo got an id already used")
        self.assertEqual(call(self.app, "GET", "/todos")[2], [b, c])

    def test_title_too_long(self):
        self.assertEqual(call(self.app, "POST", "/todos", {"title": "x" * 500})[0], 422)
