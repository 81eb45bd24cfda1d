import json
import logging
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, event

from app.factory import create_app
from tests.conftest import make_settings


def test_health_checks_the_database(client: TestClient) -> None:
    res = client.get("/health")
    assert res.status_code == 200
    assert res.json()["data"]["status"] == "ok"
    assert res.json()["data"]["database"] == "up"


def test_sets_security_headers(client: TestClient) -> None:
    res = client.get("/health")
    assert res.headers["x-content-type-options"] == "nosniff"
    assert "content-security-policy" in res.headers
    assert res.headers["x-frame-options"] == "SAMEORIGIN"
    assert "x-powered-by" not in res.headers


def test_serves_the_openapi_document_and_swagger_ui(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    assert document["openapi"].startswith("3.1")
    assert {
        "/api/auth/register",
        "/api/auth/refresh",
        "/api/posts",
        "/api/posts/{id}",
        "/api/posts/{id}/comments",
        "/api/tags",
    } <= set(document["paths"])
    params = {p["name"] for p in document["paths"]["/api/posts"]["get"]["parameters"]}
    assert {"page", "limit", "status", "tag", "author", "sort"} <= params
    responses = document["paths"]["/api/posts"]["post"]["responses"]
    error_shape = {"$ref": "#/components/schemas/ErrorResponse"}
    assert responses["400"]["content"]["application/json"]["schema"] == error_shape
    assert responses["422"]["content"]["application/json"]["schema"] == error_shape
    assert "HTTPValidationError" not in json.dumps(document)
    assert "tags" in document["components"]["schemas"]["PostOut"]["properties"]
    assert client.get("/docs/openapi.json").json() == document
    assert client.get("/docs").status_code == 200


def test_answers_unknown_routes_with_a_404_in_the_error_shape(client: TestClient) -> None:
    res = client.get("/api/nope")
    assert res.status_code == 404
    assert res.json() == {
        "error": {"code": "NOT_FOUND", "message": "Route GET /api/nope not found"}
    }
    wrong_method = client.put("/api/posts")
    assert wrong_method.status_code == 404
    assert wrong_method.json()["error"]["message"] == "Route PUT /api/posts not found"


def test_head_works_wherever_get_does(client: TestClient) -> None:
    res = client.head("/health")
    assert res.status_code == 200
    assert res.content == b""
    assert res.headers["content-type"] == "application/json"


def test_a_trailing_slash_reaches_the_same_route(client: TestClient) -> None:
    res = client.get("/api/posts/", follow_redirects=False)
    assert res.status_code == 200
    assert res.json()["meta"]["total"] == 0


def test_unexpected_errors_become_a_500_without_internals(
    engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    def outage(*_args: Any) -> None:
        raise RuntimeError("simulated database outage: password=hunter2 at /srv/app/db.py")

    event.listen(engine, "before_cursor_execute", outage)
    try:
        with (
            caplog.at_level(logging.ERROR, logger="app"),
            TestClient(create_app(make_settings(), engine)) as broken,
        ):
            res = broken.get("/api/posts")
            health = broken.get("/health")
    finally:
        event.remove(engine, "before_cursor_execute", outage)

    assert res.status_code == 500
    assert res.json() == {"error": {"code": "INTERNAL_ERROR", "message": "Something went wrong"}}
    for internal in ("hunter2", "Traceback", ".py", "simulated"):
        assert internal not in res.text
    # ...but the server log has the details.
    assert "simulated database outage" in caplog.text
    assert "Traceback" in caplog.text
    assert health.status_code == 503
    assert health.json()["error"]["code"] == "UNAVAILABLE"
