from fastapi.testclient import TestClient


def test_health_reports_the_database(client: TestClient) -> None:
    res = client.get("/health")
    assert res.status_code == 200
    assert res.json() == {"data": {"status": "ok", "database": "up"}}


def test_unknown_routes_and_methods_are_404_in_the_error_shape(client: TestClient) -> None:
    res = client.get("/nope")
    assert res.status_code == 404
    assert res.json()["error"]["code"] == "NOT_FOUND"
    assert client.put("/health").status_code == 404


def test_invalid_json_is_400(client: TestClient) -> None:
    res = client.post("/auth/login", content=b"{not json", headers={"Content-Type": "application/json"})
    assert res.status_code == 400
    assert res.json()["error"]["code"] == "INVALID_JSON"


def test_validation_errors_list_each_field(client: TestClient) -> None:
    res = client.post("/auth/register", json={"email": "not-an-email", "password": "short"})
    assert res.status_code == 422
    body = res.json()["error"]
    assert body["code"] == "VALIDATION_FAILED"
    assert {d["path"] for d in body["details"]} == {"email", "password", "name"}


def test_security_headers_and_body_limit(client: TestClient) -> None:
    res = client.get("/health")
    assert res.headers["x-content-type-options"] == "nosniff"
    big = client.post("/auth/login", content=b"x" * 100_001, headers={"Content-Type": "application/json"})
    assert big.status_code == 413
    assert big.json()["error"]["code"] == "PAYLOAD_TOO_LARGE"


def test_openapi_document_is_served(client: TestClient) -> None:
    res = client.get("/docs/openapi.json")
    assert res.status_code == 200
    paths = res.json()["paths"]
    assert "/orders" in paths
    assert "/webhooks/payments" in paths
