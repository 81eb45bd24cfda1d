# Week 8 — A JSON API server on http.server
#
# create_server(routes, host="127.0.0.1", port=0, max_body_bytes=1_048_576)
#   -> ThreadingHTTPServer (bound, not serving)
# routes: {"GET /health": handler}; handler({"method", "path", "query", "body"}) -> (status, body)
# Errors: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 400 INVALID_JSON, 404 NOT_FOUND,
# 405 METHOD_NOT_ALLOWED (+ Allow), 500 INTERNAL_ERROR: always {"error": {"code", "message"}}.
# 204 responses have no body.
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        # TODO: parse the URL and the body, find the route, call the handler, send JSON.
        self.send_response(501)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(b"Not implemented yet")

    do_POST = do_PUT = do_PATCH = do_DELETE = do_GET


def create_server(routes, host="127.0.0.1", port=0, max_body_bytes=1_048_576):
    return ThreadingHTTPServer((host, port), Handler)
