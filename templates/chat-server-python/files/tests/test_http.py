from datetime import UTC, datetime

from fastapi.testclient import TestClient

from tests.conftest import token_for


def test_health(client: TestClient) -> None:
    res = client.get("/health")
    assert res.status_code == 200
    data = res.json()["data"]
    assert data["status"] == "ok"
    assert (data["connections"], data["rooms"]) == (0, 0)
    assert isinstance(data["uptimeSeconds"], int)
    assert res.headers["x-content-type-options"] == "nosniff"


def test_token_for_a_nickname(client: TestClient) -> None:
    res = client.post("/auth/token", json={"nickname": "ada"})
    assert res.status_code == 201
    data = res.json()["data"]
    assert data["tokenType"] == "Bearer"
    assert data["nickname"] == "ada"
    assert data["expiresIn"] == 60
    expires = datetime.fromisoformat(data["expiresAt"].replace("Z", "+00:00"))
    assert 50 < (expires - datetime.now(UTC)).total_seconds() <= 61


def test_bad_token_requests_are_422(client: TestClient) -> None:
    for body in ({}, {"nickname": "a"}, {"nickname": "has space"}, {"nickname": "ada", "extra": 1}, {"nickname": 5}):
        res = client.post("/auth/token", json=body)
        assert res.status_code == 422, body
        assert res.json()["error"]["code"] == "VALIDATION_FAILED"
    short = client.post("/auth/token", json={"nickname": "a"}).json()["error"]["details"]
    assert short == [{"path": "nickname", "message": 'nickname must be 2-24 letters, digits, "_" or "-"'}]
    bad_json = client.post("/auth/token", content=b"{nope", headers={"Content-Type": "application/json"})
    assert bad_json.json()["error"]["code"] == "INVALID_JSON"


def test_unknown_routes_are_404(client: TestClient) -> None:
    res = client.get("/nope")
    assert res.status_code == 404
    assert res.json()["error"]["code"] == "NOT_FOUND"


def test_history_needs_a_bearer_token(client: TestClient) -> None:
    assert client.get("/rooms/general/messages").json()["error"]["code"] == "UNAUTHORIZED"
    res = client.get("/rooms/general/messages", headers={"Authorization": "Bearer abc.def.ghi"})
    assert res.status_code == 401


def test_history_pages_oldest_to_newest(client: TestClient, app: object) -> None:
    store = client.app.state.chat.messages  # type: ignore[attr-defined]
    for i in range(1, 6):
        store.add("general", "ada", f"m{i}")
    store.add("other", "ada", "elsewhere")
    auth = {"Authorization": f"Bearer {token_for(client, 'bob')}"}

    first = client.get("/rooms/General/messages", params={"limit": 2}, headers=auth).json()
    assert [m["text"] for m in first["data"]] == ["m4", "m5"]
    assert first["meta"]["room"] == "general"
    assert first["meta"]["count"] == 2
    url = "/rooms/general/messages"
    older = client.get(url, params={"limit": 2, "before": first["meta"]["nextBefore"]}, headers=auth)
    assert [m["text"] for m in older.json()["data"]] == ["m2", "m3"]
    last = client.get(url, params={"limit": 2, "before": older.json()["meta"]["nextBefore"]}, headers=auth)
    assert [m["text"] for m in last.json()["data"]] == ["m1"]
    assert last.json()["meta"]["nextBefore"] is None
    message = first["data"][0]
    assert set(message) == {"id", "room", "nickname", "text", "createdAt"}
    assert message["createdAt"].endswith("Z")


def test_history_validation(client: TestClient) -> None:
    auth = {"Authorization": f"Bearer {token_for(client, 'bob')}"}
    for params in ({"limit": 0}, {"limit": 101}, {"before": "x"}, {"before": -1}):
        assert client.get("/rooms/general/messages", params=params, headers=auth).status_code == 422, params
    assert client.get("/rooms/bad%20room/messages", headers=auth).status_code == 422
