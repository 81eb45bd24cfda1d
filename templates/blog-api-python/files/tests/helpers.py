"""Small helpers the test modules share."""

from dataclasses import dataclass
from typing import Any

from fastapi.testclient import TestClient

TEST_SETTINGS: dict[str, Any] = {
    "environment": "test",
    "jwt_secret": "test-secret-that-is-long-enough-0123456789abcdef",
    "bcrypt_rounds": 4,  # fast hashing in tests; the default is 12
    "auth_rate_limit_max": 1000,
}
PASSWORD = "correct horse battery staple"


@dataclass(frozen=True)
class TestUser:
    __test__ = False  # a helper, not a test class

    id: int
    username: str
    email: str
    password: str
    access_token: str
    refresh_token: str

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access_token}"}


def register_user(client: TestClient, username: str = "alice") -> TestUser:
    email = f"{username}@example.com"
    res = client.post(
        "/api/auth/register", json={"email": email, "username": username, "password": PASSWORD}
    )
    assert res.status_code == 201, res.text
    data = res.json()["data"]
    return TestUser(
        id=data["user"]["id"],
        username=username,
        email=email,
        password=PASSWORD,
        access_token=data["tokens"]["accessToken"],
        refresh_token=data["tokens"]["refreshToken"],
    )


def create_post(client: TestClient, user: TestUser, **fields: Any) -> dict[str, Any]:
    body = {"title": "Hello world", "body": "First post body", "status": "published", **fields}
    res = client.post("/api/posts", json=body, headers=user.auth)
    assert res.status_code == 201, res.text
    post: dict[str, Any] = res.json()["data"]
    return post


def titles(res: Any) -> list[str]:
    return [post["title"] for post in res.json()["data"]]
