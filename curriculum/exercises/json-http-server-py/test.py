import http.client
import http.server
import json
import logging
import threading
import unittest

import learner

CALLS = []


def echo(request):
    CALLS.append(request)
    return 200, {"data": request}


def create_user(request):
    CALLS.append(request)
    return 201, {"data": {"id": 1, **request["body"]}}


def crash(request):
    raise RuntimeError('relation "users" does not exist at /srv/app/db.py:42')


ROUTES = {
    "GET /health": lambda request: (200, {"data": {"status": "ok"}}),
    "GET /echo": echo,
    "POST /echo": echo,
    "POST /users": create_user,
    "DELETE /users": lambda request: (204, None),
    "GET /crash": crash,
}


class JsonServer(unittest.TestCase):
    def setUp(self):
        CALLS.clear()
        api_log = logging.getLogger("api")
        # The learner's server may log; keep it out of the test output.
        self.addCleanup(setattr, api_log, "propagate", api_log.propagate)
        api_log.propagate = False
        self.server = learner.create_server(ROUTES, max_body_bytes=1024)
        self.port = self.server.server_address[1]
        thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        self.addCleanup(thread.join, 2)
        self.addCleanup(self.server.server_close)
        self.addCleanup(self.server.shutdown)

    def request(self, method, path, body=None, content_type=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
        self.addCleanup(conn.close)
        headers = {"Content-Type": content_type} if content_type else {}
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        raw = response.read()
        try:
            parsed = json.loads(raw)
        except ValueError:
            parsed = None
        return response, raw, parsed

    def test_server(self):
        """create_server returns a ThreadingHTTPServer bound to 127.0.0.1 on a free port (port=0)"""
        self.assertIsInstance(self.server, http.server.ThreadingHTTPServer)
        host, port = self.server.server_address[:2]
        self.assertEqual(host, "127.0.0.1")
        self.assertGreater(port, 0)

    def test_health(self):
        """GET /health answers 200 with {"data": {"status": "ok"}}, Content-Type application/json and a Content-Length"""
        response, raw, body = self.request("GET", "/health")
        self.assertEqual(response.status, 200)
        self.assertEqual(response.getheader("Content-Type"), "application/json; charset=utf-8")
        self.assertEqual(response.getheader("Content-Length"), str(len(raw)))
        self.assertEqual(body, {"data": {"status": "ok"}})

    def test_request_dict(self):
        """GET /echo?page=2&sort=-createdAt gives the handler method, path, query {"page": "2", ...} and body None"""
        _, _, body = self.request("GET", "/echo?page=2&sort=-createdAt")
        self.assertEqual(
            body, {"data": {"method": "GET", "path": "/echo", "query": {"page": "2", "sort": "-createdAt"}, "body": None}}
        )

    def test_query_details(self):
        """query values are decoded strings: "?tag=node%20js&q=&page=1&page=3" gives {"tag": "node js", "q": "", "page": "3"}"""
        _, _, body = self.request("GET", "/echo?tag=node%20js&q=&page=1&page=3")
        self.assertIsInstance(body, dict, "the response body is not a JSON object")
        self.assertEqual(body.get("data", {}).get("query"), {"tag": "node js", "q": "", "page": "3"})

    def test_post_json(self):
        """POST /users with the JSON body {"name": "Ada"} passes a dict to the handler and answers 201"""
        response, _, body = self.request("POST", "/users", json.dumps({"name": "Ada"}), "application/json")
        self.assertEqual(response.status, 201)
        self.assertEqual(body, {"data": {"id": 1, "name": "Ada"}})
        self.assertEqual(CALLS[0]["body"], {"name": "Ada"})

    def test_invalid_json(self):
        """a body that is not valid JSON (b'{"name":') gets 400 INVALID_JSON and the handler is not called"""
        response, _, body = self.request("POST", "/users", b'{"name":', "application/json")
        self.assertEqual(response.status, 400)
        self.assertEqual((body or {}).get("error", {}).get("code"), "INVALID_JSON")
        self.assertEqual(CALLS, [])

    def test_unsupported_media_type(self):
        """a non-empty body sent as text/plain gets 415 UNSUPPORTED_MEDIA_TYPE and the handler is not called"""
        response, _, body = self.request("POST", "/users", b"name=Ada", "text/plain")
        self.assertEqual(response.status, 415)
        self.assertEqual((body or {}).get("error", {}).get("code"), "UNSUPPORTED_MEDIA_TYPE")
        self.assertEqual(CALLS, [])

    def test_too_large_not_read(self):
        """a request announcing Content-Length 5000000 (limit 1024) gets 413 PAYLOAD_TOO_LARGE at once, before any body is sent"""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=1)
        self.addCleanup(conn.close)
        conn.putrequest("POST", "/users")
        conn.putheader("Content-Type", "application/json")
        conn.putheader("Content-Length", "5000000")
        conn.endheaders()  # headers only: a server that waits for the body never answers
        try:
            response = conn.getresponse()
        except TimeoutError:
            self.fail("no answer within 1 s: the server is reading a 5 MB body it should refuse")
        self.assertEqual(response.status, 413)
        self.assertEqual((json.loads(response.read() or b"null") or {}).get("error", {}).get("code"), "PAYLOAD_TOO_LARGE")
        self.assertEqual(CALLS, [])

    def test_not_found(self):
        """GET /nowhere gets 404 with {"error": {"code": "NOT_FOUND", "message": ...}}"""
        response, _, body = self.request("GET", "/nowhere")
        self.assertEqual(response.status, 404)
        self.assertEqual((body or {}).get("error", {}).get("code"), "NOT_FOUND")
        self.assertIsInstance(body["error"].get("message"), str)

    def test_method_not_allowed(self):
        """PUT /users (only POST and DELETE exist) gets 405 METHOD_NOT_ALLOWED with the header Allow: DELETE, POST"""
        response, _, body = self.request("PUT", "/users")
        self.assertEqual(response.status, 405)
        self.assertEqual((body or {}).get("error", {}).get("code"), "METHOD_NOT_ALLOWED")
        self.assertEqual(response.getheader("Allow"), "DELETE, POST")

    def test_204(self):
        """DELETE /users answers 204 with no body, no Content-Type and no non-zero Content-Length"""
        response, raw, _ = self.request("DELETE", "/users")
        self.assertEqual(response.status, 204)
        self.assertEqual(raw, b"")
        self.assertIn(response.getheader("Content-Length"), (None, "0"))
        self.assertIsNone(response.getheader("Content-Type"))

    def test_handler_raises(self):
        """a handler that raises gets a generic 500 INTERNAL_ERROR that sends neither its message nor a traceback"""
        response, raw, body = self.request("GET", "/crash")
        self.assertEqual(response.status, 500)
        self.assertEqual(body, {"error": {"code": "INTERNAL_ERROR", "message": "Internal server error"}})
        self.assertNotIn(b"/srv/app", raw)
        self.assertNotIn(b"Traceback", raw)

    def test_handler_error_logged(self):
        """the handler's exception is logged on the "api" logger at ERROR level with its traceback"""
        with self.assertLogs("api", level="ERROR") as logs:
            self.request("GET", "/crash")
        self.assertTrue(any(record.exc_info for record in logs.records), "log the traceback (log.exception)")
        self.assertIn("/srv/app", "\n".join(logs.output))


if __name__ == "__main__":
    unittest.main()
