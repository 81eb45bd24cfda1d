import pytest
from fastapi.testclient import TestClient

from tests.helpers import TestUser, create_post, register_user


@pytest.fixture
def alice(client: TestClient) -> TestUser:
    return register_user(client, "alice")


@pytest.fixture
def bob(client: TestClient) -> TestUser:
    return register_user(client, "bob")


@pytest.fixture
def post_id(client: TestClient, alice: TestUser) -> int:
    return int(create_post(client, alice)["id"])


# --- only the author may change a post ---


def test_403_when_someone_else_edits(client: TestClient, bob: TestUser, post_id: int) -> None:
    res = client.patch(f"/api/posts/{post_id}", json={"title": "Hijacked"}, headers=bob.auth)
    assert res.status_code == 403
    assert res.json() == {
        "error": {"code": "FORBIDDEN", "message": "Only the author can edit this post"}
    }
    assert client.get(f"/api/posts/{post_id}").json()["data"]["title"] == "Hello world"


def test_403_when_someone_else_deletes(client: TestClient, bob: TestUser, post_id: int) -> None:
    res = client.delete(f"/api/posts/{post_id}", headers=bob.auth)
    assert res.status_code == 403
    assert client.get(f"/api/posts/{post_id}").status_code == 200


def test_401_not_403_when_nobody_is_signed_in(client: TestClient, post_id: int) -> None:
    assert client.patch(f"/api/posts/{post_id}", json={"title": "x"}).status_code == 401
    assert client.delete(f"/api/posts/{post_id}").status_code == 401


# --- comment permissions ---


def bob_comments(client: TestClient, bob: TestUser, post_id: int) -> int:
    res = client.post(
        f"/api/posts/{post_id}/comments", json={"body": "Nice post"}, headers=bob.auth
    )
    return int(res.json()["data"]["id"])


def test_only_the_comment_author_may_edit_it(
    client: TestClient, alice: TestUser, bob: TestUser, post_id: int
) -> None:
    comment_id = bob_comments(client, bob, post_id)
    by_alice = client.patch(
        f"/api/comments/{comment_id}", json={"body": "edited"}, headers=alice.auth
    )
    assert by_alice.status_code == 403
    own = client.patch(f"/api/comments/{comment_id}", json={"body": "edited"}, headers=bob.auth)
    assert own.status_code == 200
    assert own.json()["data"]["body"] == "edited"


def test_the_post_author_may_delete_comments_on_their_post(
    client: TestClient, alice: TestUser, bob: TestUser, post_id: int
) -> None:
    comment_id = bob_comments(client, bob, post_id)
    assert client.delete(f"/api/comments/{comment_id}", headers=alice.auth).status_code == 204


def test_a_third_user_may_not_delete_the_comment(
    client: TestClient, bob: TestUser, post_id: int
) -> None:
    comment_id = bob_comments(client, bob, post_id)
    carol = register_user(client, "carol")
    assert client.delete(f"/api/comments/{comment_id}", headers=carol.auth).status_code == 403
    assert client.delete(f"/api/comments/{comment_id}", headers=bob.auth).status_code == 204
    assert client.delete(f"/api/comments/{comment_id}", headers=bob.auth).status_code == 404
