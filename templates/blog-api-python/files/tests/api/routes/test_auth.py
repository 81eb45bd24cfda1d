import base64
import json
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import jwt
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select, update

from app.core.config import Settings
from app.core.security import JWT_AUDIENCE, JWT_ISSUER
from app.models import RefreshToken, User, utc_now
from tests.helpers import PASSWORD, register_user

CREDENTIALS = {"email": "alice@example.com", "username": "alice", "password": PASSWORD}


# --- POST /api/auth/register ---


def test_register_creates_the_user_and_returns_a_token_pair(client: TestClient) -> None:
    res = client.post("/api/auth/register", json=CREDENTIALS)
    assert res.status_code == 201
    data = res.json()["data"]
    assert data["user"]["username"] == "alice"
    assert data["user"]["email"] == "alice@example.com"
    assert data["user"]["bio"] is None
    assert "passwordHash" not in data["user"]
    assert "password_hash" not in data["user"]
    assert data["tokens"]["tokenType"] == "Bearer"
    assert data["tokens"]["expiresIn"] == 900
    assert len(data["tokens"]["accessToken"].split(".")) == 3


def test_register_defaults_the_display_name_to_the_username_and_the_role_to_reader(
    client: TestClient,
) -> None:
    user = client.post("/api/auth/register", json=CREDENTIALS).json()["data"]["user"]
    assert (user["displayName"], user["role"]) == ("alice", "reader")


def test_register_keeps_the_display_name_sent_which_need_not_be_unique(
    client: TestClient,
) -> None:
    res = client.post("/api/auth/register", json={**CREDENTIALS, "displayName": "  Alice L "})
    assert res.status_code == 201
    assert res.json()["data"]["user"]["displayName"] == "Alice L"
    bob = client.post(
        "/api/auth/register",
        json={
            "email": "bob@example.com",
            "username": "bob",
            "password": PASSWORD,
            "displayName": "Alice L",
        },
    )
    assert bob.status_code == 201
    profile = client.get(f"/api/users/{bob.json()['data']['user']['id']}").json()["data"]
    assert (profile["username"], profile["displayName"]) == ("bob", "Alice L")


def test_register_refuses_a_display_name_empty_or_over_100_characters(
    client: TestClient,
) -> None:
    for display_name in ("   ", "x" * 101):
        res = client.post("/api/auth/register", json={**CREDENTIALS, "displayName": display_name})
        assert res.status_code == 422, display_name
        error = res.json()["error"]
        assert error["code"] == "VALIDATION_FAILED"
        assert [d["path"] for d in error["details"]] == ["body.displayName"]
    hundred = client.post("/api/auth/register", json={**CREDENTIALS, "displayName": "x" * 100})
    assert hundred.status_code == 201


def test_register_stores_a_bcrypt_hash_never_the_password(
    client: TestClient, engine: Engine
) -> None:
    client.post("/api/auth/register", json=CREDENTIALS)
    with engine.connect() as connection:
        stored = connection.scalar(select(User.password_hash))
    assert stored is not None
    assert stored.startswith(("$2b$04$", "$2a$04$", "$2y$04$"))
    assert PASSWORD not in stored


def test_register_rejects_a_taken_email_or_username_with_409(
    client: TestClient,
) -> None:
    client.post("/api/auth/register", json=CREDENTIALS)
    same_email = client.post(
        "/api/auth/register",
        json={**CREDENTIALS, "email": "ALICE@example.com", "username": "other"},
    )
    assert same_email.status_code == 409
    assert same_email.json()["error"]["code"] == "CONFLICT"
    same_name = client.post(
        "/api/auth/register",
        json={**CREDENTIALS, "email": "new@example.com", "username": "Alice"},
    )
    assert same_name.status_code == 409


def test_register_validates_the_body(client: TestClient) -> None:
    res = client.post(
        "/api/auth/register",
        json={"email": "not-an-email", "username": "a", "password": "short"},
    )
    assert res.status_code == 422
    assert res.json()["error"]["code"] == "VALIDATION_FAILED"
    paths = {d["path"] for d in res.json()["error"]["details"]}
    assert {"body.email", "body.username", "body.password"} <= paths


# --- POST /api/auth/login ---


def test_login_returns_tokens_for_the_right_password(client: TestClient) -> None:
    register_user(client, "alice")
    res = client.post("/api/auth/login", json={"email": "alice@example.com", "password": PASSWORD})
    assert res.status_code == 200
    assert res.json()["data"]["user"]["username"] == "alice"
    assert isinstance(res.json()["data"]["tokens"]["refreshToken"], str)


def test_login_answers_wrong_password_and_unknown_email_the_same_way(
    client: TestClient,
) -> None:
    register_user(client, "alice")
    wrong = client.post(
        "/api/auth/login", json={"email": "alice@example.com", "password": "nope-nope"}
    )
    unknown = client.post(
        "/api/auth/login", json={"email": "bob@example.com", "password": "nope-nope"}
    )
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    assert wrong.json()["error"]["code"] == "INVALID_CREDENTIALS"


# --- refresh tokens ---


def test_refresh_rotates_and_the_new_access_token_works(client: TestClient) -> None:
    alice = register_user(client)
    res = client.post("/api/auth/refresh", json={"refreshToken": alice.refresh_token})
    assert res.status_code == 200
    pair = res.json()["data"]
    assert pair["refreshToken"] != alice.refresh_token
    me = client.get("/api/users/me", headers={"Authorization": f"Bearer {pair['accessToken']}"})
    assert me.status_code == 200
    assert me.json()["data"]["email"] == "alice@example.com"


def test_only_a_hash_of_the_refresh_token_is_stored(client: TestClient, engine: Engine) -> None:
    alice = register_user(client)
    with engine.connect() as connection:
        hashes = connection.scalars(select(RefreshToken.token_hash)).all()
    assert len(hashes) == 1
    assert len(hashes[0]) == 64
    assert all(c in "0123456789abcdef" for c in hashes[0])
    assert hashes[0] != alice.refresh_token


def test_reuse_of_a_rotated_token_revokes_the_whole_family(client: TestClient) -> None:
    alice = register_user(client)
    first = client.post("/api/auth/refresh", json={"refreshToken": alice.refresh_token})
    newest = first.json()["data"]["refreshToken"]

    # An attacker replays the old token...
    replay = client.post("/api/auth/refresh", json={"refreshToken": alice.refresh_token})
    assert replay.status_code == 401
    assert replay.json()["error"]["code"] == "REFRESH_TOKEN_REUSED"

    # ...so even the newest token of that login is dead now.
    after = client.post("/api/auth/refresh", json={"refreshToken": newest})
    assert after.status_code == 401


def test_only_one_of_two_simultaneous_refreshes_wins(client: TestClient) -> None:
    alice = register_user(client)

    def attempt(_: int) -> int:
        res = client.post("/api/auth/refresh", json={"refreshToken": alice.refresh_token})
        return res.status_code

    with ThreadPoolExecutor(max_workers=2) as pool:
        statuses = sorted(pool.map(attempt, range(2)))
    assert statuses == [200, 401]


def test_reuse_does_not_touch_other_sessions_of_the_same_user(
    client: TestClient,
) -> None:
    alice = register_user(client)
    other = client.post("/api/auth/login", json={"email": alice.email, "password": alice.password})
    client.post("/api/auth/refresh", json={"refreshToken": alice.refresh_token})
    client.post("/api/auth/refresh", json={"refreshToken": alice.refresh_token})  # reuse
    res = client.post(
        "/api/auth/refresh",
        json={"refreshToken": other.json()["data"]["tokens"]["refreshToken"]},
    )
    assert res.status_code == 200


def test_refresh_rejects_unknown_and_expired_tokens(client: TestClient, engine: Engine) -> None:
    unknown = client.post("/api/auth/refresh", json={"refreshToken": "x" * 43})
    assert unknown.status_code == 401
    assert unknown.json()["error"]["code"] == "INVALID_REFRESH_TOKEN"

    alice = register_user(client)
    with engine.begin() as connection:
        connection.execute(update(RefreshToken).values(expires_at=utc_now() - timedelta(seconds=1)))
    expired = client.post("/api/auth/refresh", json={"refreshToken": alice.refresh_token})
    assert expired.status_code == 401
    assert expired.json()["error"]["code"] == "REFRESH_TOKEN_EXPIRED"


def test_logout_revokes_the_refresh_token(client: TestClient) -> None:
    alice = register_user(client)
    out = client.post("/api/auth/logout", json={"refreshToken": alice.refresh_token})
    assert out.status_code == 204
    assert out.content == b""
    res = client.post("/api/auth/refresh", json={"refreshToken": alice.refresh_token})
    assert res.status_code == 401
    assert res.json()["error"]["code"] == "REFRESH_TOKEN_REVOKED"


# --- access tokens ---


def test_401_without_a_token_with_a_malformed_one_or_a_bad_signature(
    client: TestClient,
) -> None:
    alice = register_user(client)
    missing = client.get("/api/users/me")
    assert missing.status_code == 401
    assert missing.json()["error"]["code"] == "UNAUTHORIZED"
    assert "www-authenticate" not in missing.headers
    assert client.get("/api/users/me", headers={"Authorization": "Token abc"}).status_code == 401
    tampered = alice.access_token[:-4] + "AAAA"
    res = client.get("/api/users/me", headers={"Authorization": f"Bearer {tampered}"})
    assert res.status_code == 401
    assert res.json()["error"]["code"] == "INVALID_TOKEN"


def test_alg_none_tokens_are_refused(client: TestClient) -> None:
    alice = register_user(client)

    def b64(value: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()

    now = int(time.time())
    claims = {"sub": str(alice.id), "username": "alice", "iat": now, "exp": now + 60}
    unsigned = f"{b64({'alg': 'none', 'typ': 'JWT'})}.{b64(claims)}."
    res = client.get("/api/users/me", headers={"Authorization": f"Bearer {unsigned}"})
    assert res.status_code == 401


def test_an_expired_access_token_is_token_expired(client: TestClient, settings: Settings) -> None:
    alice = register_user(client)
    past = int(time.time()) - 3600
    claims = {
        "sub": str(alice.id),
        "username": "alice",
        "iss": JWT_ISSUER,
        "aud": JWT_AUDIENCE,
        "iat": past,
        "exp": past + 900,
    }
    token = jwt.encode(claims, settings.signing_key, algorithm="HS256")
    res = client.get("/api/users/me", headers={"Authorization": f"Bearer {token}"})
    assert res.status_code == 401
    assert res.json()["error"]["code"] == "TOKEN_EXPIRED"


def test_access_tokens_carry_pinned_claims(client: TestClient, settings: Settings) -> None:
    alice = register_user(client)
    assert jwt.get_unverified_header(alice.access_token)["alg"] == "HS256"
    claims = jwt.decode(
        alice.access_token,
        settings.signing_key,
        algorithms=["HS256"],
        audience=JWT_AUDIENCE,
    )
    assert claims["sub"] == str(alice.id)
    assert claims["iss"] == JWT_ISSUER
    assert claims["exp"] - claims["iat"] == settings.access_token_ttl_seconds
    # A token signed with another key is refused.
    forged = jwt.encode({**claims, "exp": int(time.time()) + 60}, "x" * 48, algorithm="HS256")
    res = client.get("/api/users/me", headers={"Authorization": f"Bearer {forged}"})
    assert res.status_code == 401
