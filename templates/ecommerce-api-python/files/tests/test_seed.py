from fastapi.testclient import TestClient

from app.scripts.seed import SAMPLES, seed
from tests.conftest import make_settings


def test_seed_creates_an_admin_who_can_log_in_and_is_idempotent(database_url: str, client: TestClient) -> None:
    settings = make_settings(seed_admin_email="boss@example.com", seed_admin_password="boss-password-123")
    first = seed(settings, database_url)
    assert "Admin created: boss@example.com" in first
    assert seed(settings, database_url)[0] == "Admin boss@example.com already exists"

    login = client.post("/auth/login", json={"email": "boss@example.com", "password": "boss-password-123"})
    assert login.status_code == 200
    assert login.json()["data"]["user"]["role"] == "admin"
    assert client.get("/products").json()["meta"]["total"] == len(SAMPLES)
