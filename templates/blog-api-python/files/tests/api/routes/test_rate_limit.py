"""Rate limiting on /api/auth: 429 + Retry-After, the Node version's headers, X-Forwarded-For."""

from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient
from httpx2 import Response
from sqlalchemy import Engine
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from app.factory import create_app
from tests.conftest import make_settings


def test_auth_routes_answer_429_with_retry_after_once_the_limit_is_used_up(
    make_client: Callable[..., TestClient],
) -> None:
    limited = make_client(auth_rate_limit_max=3)  # its own in-memory counter

    def attempt() -> Response:
        return limited.post(
            "/api/auth/login", json={"email": "x@example.com", "password": "whatever1"}
        )

    for _ in range(3):
        assert attempt().status_code == 401
    res = attempt()
    assert res.status_code == 429
    assert res.json()["error"]["code"] == "RATE_LIMITED"
    assert 0 < int(res.headers["retry-after"]) <= 900
    assert "ratelimit-policy" in res.headers
    # other routes are not limited
    assert limited.get("/api/posts").status_code == 200


def test_rate_limit_headers_count_down(make_client: Callable[..., TestClient]) -> None:
    limited = make_client(auth_rate_limit_max=5, auth_rate_limit_window_ms=60_000)
    first = limited.post("/api/auth/logout", json={"refreshToken": "y" * 43})
    assert first.status_code == 204
    assert first.headers["ratelimit"] == '"5-in-1min"; r=4; t=60'
    assert first.headers["ratelimit-policy"].startswith('"5-in-1min"; q=5; w=60; pk=:')
    assert "retry-after" not in first.headers


def behind_uvicorn(engine: Engine, **settings: Any) -> TestClient:
    """The app as uvicorn serves it: X-Forwarded-For rewrites the client address."""
    app = create_app(make_settings(auth_rate_limit_max=2, **settings), engine)
    return TestClient(ProxyHeadersMiddleware(app, trusted_hosts="*"))  # type: ignore[arg-type]


def logout_from(client: TestClient, address: str) -> int:
    res = client.post(
        "/api/auth/logout", json={"refreshToken": "y" * 43}, headers={"X-Forwarded-For": address}
    )
    return res.status_code


def test_a_made_up_x_forwarded_for_does_not_buy_a_fresh_limit(engine: Engine) -> None:
    with behind_uvicorn(engine) as client:
        assert [logout_from(client, f"10.0.0.{i}") for i in range(3)] == [204, 204, 429]


def test_with_trust_proxy_each_forwarded_client_has_its_own_limit(engine: Engine) -> None:
    with behind_uvicorn(engine, trust_proxy=1) as client:
        assert [logout_from(client, "10.0.0.1") for _ in range(3)] == [204, 204, 429]
        assert logout_from(client, "10.0.0.2") == 204
