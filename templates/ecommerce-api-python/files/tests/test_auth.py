import warnings
from datetime import UTC, datetime, timedelta

import jwt
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.helpers import bearer, register_customer

SECRET = "test-jwt-secret-that-is-at-least-32-characters"


def _token(**claims: object) -> str:
    now = datetime.now(UTC)
    base = {
        "sub": "1",
        "role": "customer",
        "iss": "ecommerce-api",
        "aud": "ecommerce-api:clients",
        "iat": now,
        "exp": now + timedelta(minutes=5),
    }
    return jwt.encode({**base, **claims}, SECRET, algorithm="HS256")


def test_register_returns_a_customer_and_a_token(client: TestClient) -> None:
    res = client.post("/auth/register", json={"email": " Me@Example.com ", "password": "long-enough-pw", "name": "Me"})
    assert res.status_code == 201
    data = res.json()["data"]
    assert data["user"]["email"] == "me@example.com"
    assert data["user"]["role"] == "customer"
    assert "passwordHash" not in data["user"]
    assert data["tokenType"] == "Bearer"
    assert data["expiresIn"] == 900
    me = client.get("/auth/me", headers=bearer(data["accessToken"]))
    assert me.json()["data"]["id"] == data["user"]["id"]


def test_duplicate_email_is_409(client: TestClient) -> None:
    body = {"email": "dup@example.com", "password": "long-enough-pw", "name": "Me"}
    assert client.post("/auth/register", json=body).status_code == 201
    res = client.post("/auth/register", json=body)
    assert res.status_code == 409
    assert res.json()["error"]["code"] == "EMAIL_TAKEN"


def test_passwords_over_72_bytes_are_refused(client: TestClient) -> None:
    res = client.post("/auth/register", json={"email": "a@example.com", "password": "é" * 40, "name": "A"})
    assert res.status_code == 422


def test_login_same_error_for_unknown_email_and_wrong_password(client: TestClient) -> None:
    customer = register_customer(client)
    wrong = client.post("/auth/login", json={"email": customer["email"], "password": "not-the-password"})
    unknown = client.post("/auth/login", json={"email": "nobody@example.com", "password": "whatever-pass"})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    assert wrong.json()["error"]["code"] == "INVALID_CREDENTIALS"
    ok = client.post("/auth/login", json={"email": customer["email"], "password": "correct-horse-battery"})
    assert ok.status_code == 200


def test_missing_and_malformed_tokens_are_401(client: TestClient) -> None:
    assert client.get("/auth/me").json()["error"]["code"] == "UNAUTHENTICATED"
    res = client.get("/auth/me", headers=bearer("not.a.jwt"))
    assert res.status_code == 401
    assert res.json()["error"]["code"] == "INVALID_TOKEN"


def test_expired_tampered_and_wrong_algorithm_tokens_are_refused(client: TestClient, app: FastAPI) -> None:
    expired = _token(exp=datetime.now(UTC) - timedelta(seconds=5))
    other_secret = jwt.encode({"sub": "1", "role": "admin"}, "x" * 40, algorithm="HS256")
    unsigned = jwt.encode({"sub": "1", "role": "admin", "exp": 9_999_999_999}, None, algorithm="none")
    with warnings.catch_warnings():  # PyJWT warns that the key is short for HS512: that is not the point here
        warnings.simplefilter("ignore")
        hs512 = jwt.encode({"sub": "1", "role": "customer", "exp": 9_999_999_999}, SECRET, algorithm="HS512")
    no_expiry = jwt.encode(
        {"sub": "1", "role": "customer", "iss": "ecommerce-api", "aud": "ecommerce-api:clients", "iat": 1},
        SECRET,
        algorithm="HS256",
    )
    for token in (expired, other_secret, unsigned, hs512, no_expiry):
        res = client.get("/cart", headers=bearer(token))
        assert res.status_code == 401, token
        assert res.json()["error"]["code"] == "INVALID_TOKEN"
