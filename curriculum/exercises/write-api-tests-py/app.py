# The todo API the learner's tests are run against (hidden), a WSGI app. test.py makes the buggy
# copies from this file by exact text replacement, so keep the mutated lines as they are.
import json
import re

REASONS = {200: "OK", 201: "Created", 204: "No Content", 400: "Bad Request", 404: "Not Found", 422: "Unprocessable Content"}


def create_app():
    todos = {}
    next_id = 1

    def app(environ, start_response):
        nonlocal next_id

        def send(status, body=None, headers=()):
            payload = b"" if body is None and status == 204 else json.dumps(body).encode()
            extra = [] if status == 204 else [("Content-Type", "application/json"), ("Content-Length", str(len(payload)))]
            start_response(f"{status} {REASONS[status]}", extra + list(headers))
            return [payload]

        method = environ["REQUEST_METHOD"]
        path = environ.get("PATH_INFO", "")
        match = re.fullmatch(r"/todos/(\d+)", path)

        if path == "/todos" and method == "GET":
            return send(200, list(todos.values()))
        if path == "/todos" and method == "POST":
            length = int(environ.get("CONTENT_LENGTH") or 0)
            try:
                body = json.loads(environ["wsgi.input"].read(length) or b"null")
            except ValueError:
                return send(400, {"error": "body must be JSON"})
            title = body.get("title") if isinstance(body, dict) else None
            title = title.strip() if isinstance(title, str) else ""
            if not title:
                return send(422, {"error": "title is required"})
            if len(title) > 200:
                return send(422, {"error": "title is at most 200 characters"})
            todo = {"id": next_id, "title": title, "done": False}
            next_id += 1
            todos[todo["id"]] = todo
            return send(201, todo, [("Location", f"/todos/{todo['id']}")])
        if match and method == "GET":
            todo = todos.get(int(match.group(1)))
            return send(200, todo) if todo else send(404, {"error": "todo not found"})
        if match and method == "DELETE":
            todo_id = int(match.group(1))
            if todo_id not in todos:
                return send(404, {"error": "todo not found"})
            del todos[todo_id]
            return send(204)
        return send(404, {"error": "not found"})

    return app
