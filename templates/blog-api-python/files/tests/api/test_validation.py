"""Well-formed input that breaks the rules is a 422 in the shared error shape (not FastAPI's own
shape); a body that is not JSON is a 400."""

import pytest
from fastapi.testclient import TestClient

from tests.helpers import TestUser, create_post, register_user


@pytest.fixture
def alice(client: TestClient) -> TestUser:
    return register_user(client)


def test_lists_every_problem_in_the_body(client: TestClient, alice: TestUser) -> None:
    res = client.post(
        "/api/posts", json={"title": "", "status": "secret", "tags": 42}, headers=alice.auth
    )
    assert res.status_code == 422
    error = res.json()["error"]
    assert error["code"] == "VALIDATION_FAILED"
    assert error["message"] == "Request validation failed"
    paths = sorted(d["path"] for d in error["details"])
    assert paths == ["body.body", "body.status", "body.tags", "body.title"]
    assert all(set(d) == {"path", "message"} for d in error["details"])


def test_rejects_unknown_fields_instead_of_ignoring_them(
    client: TestClient, alice: TestUser
) -> None:
    res = client.post(
        "/api/posts", json={"title": "t", "body": "b", "authorId": 42}, headers=alice.auth
    )
    assert res.status_code == 422
    assert res.json()["error"]["details"] == [
        {"path": "body", "message": 'Unrecognized key: "authorId"'}
    ]


def test_does_not_coerce_types(client: TestClient, alice: TestUser) -> None:
    res = client.post(
        "/api/posts", json={"title": 5, "body": "b", "categoryIds": ["1"]}, headers=alice.auth
    )
    assert res.status_code == 422
    assert {d["path"] for d in res.json()["error"]["details"]} == {
        "body.title",
        "body.categoryIds.0",
    }


def test_rejects_an_empty_update_and_nulls(client: TestClient, alice: TestUser) -> None:
    post = create_post(client, alice)
    empty = client.patch(f"/api/posts/{post['id']}", json={}, headers=alice.auth)
    assert empty.status_code == 422
    assert empty.json()["error"]["details"][0]["message"] == "Send at least one field to update"
    null = client.patch(f"/api/posts/{post['id']}", json={"title": None}, headers=alice.auth)
    assert null.status_code == 422
    assert null.json()["error"]["details"][0]["path"] == "body.title"


def test_answers_malformed_json_with_invalid_json(client: TestClient) -> None:
    res = client.post(
        "/api/auth/login", content=b'{"email": ', headers={"Content-Type": "application/json"}
    )
    assert res.status_code == 400
    assert res.json() == {
        "error": {"code": "INVALID_JSON", "message": "Request body is not valid JSON"}
    }


def test_answers_undecodable_bytes_with_invalid_json(client: TestClient) -> None:
    res = client.post(
        "/api/auth/login",
        content=b'{"email": "\xff\xfe"}',
        headers={"Content-Type": "application/json"},
    )
    assert res.status_code == 400
    assert res.json()["error"]["code"] == "INVALID_JSON"


def test_treats_a_missing_body_as_an_empty_object(client: TestClient) -> None:
    res = client.post("/api/auth/login")
    assert res.status_code == 422
    assert res.json()["error"]["code"] == "VALIDATION_FAILED"
    paths = {d["path"] for d in res.json()["error"]["details"]}
    assert paths == {"body.email", "body.password"}


def test_treats_a_body_that_is_not_json_as_an_empty_object(client: TestClient) -> None:
    res = client.post("/api/auth/login", content=b"hello", headers={"Content-Type": "text/plain"})
    assert res.status_code == 422
    assert {d["path"] for d in res.json()["error"]["details"]} == {"body.email", "body.password"}


def test_rejects_repeated_query_parameters(client: TestClient) -> None:
    res = client.get("/api/posts?page=1&page=2")
    assert res.status_code == 422
    assert res.json()["error"]["details"] == [
        {"path": "query.page", "message": "Give this parameter once"}
    ]


@pytest.mark.parametrize("bad_id", ["abc", "0", "-1", "2147483648"])
def test_validates_path_parameters(client: TestClient, bad_id: str) -> None:
    res = client.get(f"/api/posts/{bad_id}")
    assert res.status_code == 422
    assert res.json()["error"]["details"][0]["path"] == "params.id"


def test_refuses_passwords_longer_than_bcrypt_can_hash(client: TestClient) -> None:
    res = client.post(
        "/api/auth/register",
        json={"email": "long@example.com", "username": "long", "password": "x" * 73},
    )
    assert res.status_code == 422
    assert res.json()["error"]["details"] == [
        {"path": "body.password", "message": "Password must be at most 72 bytes"}
    ]


def test_refuses_nul_characters_and_out_of_range_ids(client: TestClient, alice: TestUser) -> None:
    res = client.post(
        "/api/posts",
        json={"title": "a\u0000b", "body": "b", "categoryIds": [2**31]},
        headers=alice.auth,
    )
    assert res.status_code == 422
    paths = {d["path"] for d in res.json()["error"]["details"]}
    assert paths == {"body.title", "body.categoryIds.0"}
    login = client.post("/api/auth/login", json={"email": alice.email, "password": "x\u0000y"})
    assert login.status_code == 422
    assert client.get("/api/posts?author=a%00b").status_code == 422


def test_refuses_bodies_over_200_kb(client: TestClient, alice: TestUser) -> None:
    res = client.post("/api/posts", json={"title": "t", "body": "x" * 210_000}, headers=alice.auth)
    assert res.status_code == 413
    assert res.json()["error"]["code"] == "ENTITY_TOO_LARGE"
