from fastapi.testclient import TestClient

from tests.helpers import register_user


def test_public_profiles_hide_the_email(client: TestClient) -> None:
    alice = register_user(client)
    public = client.get(f"/api/users/{alice.id}")
    assert public.status_code == 200
    assert public.json()["data"]["id"] == alice.id
    assert public.json()["data"]["username"] == "alice"
    assert "email" not in public.json()["data"]
    assert client.get("/api/users/999999").status_code == 404


def test_you_can_read_and_edit_your_own_profile(client: TestClient) -> None:
    alice = register_user(client)
    me = client.get("/api/users/me", headers=alice.auth)
    assert me.json()["data"]["email"] == "alice@example.com"
    patched = client.patch("/api/users/me", json={"bio": "Writes about SQL"}, headers=alice.auth)
    assert patched.status_code == 200
    assert patched.json()["data"]["bio"] == "Writes about SQL"
    cleared = client.patch("/api/users/me", json={"bio": None}, headers=alice.auth)
    assert cleared.json()["data"]["bio"] is None
    assert client.patch("/api/users/me", json={}, headers=alice.auth).status_code == 422
