from fastapi.testclient import TestClient
from sqlalchemy import Engine, delete

from app.models import User
from tests.helpers import create_post, register_user


def test_adds_comments_and_lists_them_oldest_first_with_pagination(client: TestClient) -> None:
    alice = register_user(client)
    post = create_post(client, alice)
    for body in ("first", "second", "third"):
        res = client.post(
            f"/api/posts/{post['id']}/comments", json={"body": body}, headers=alice.auth
        )
        assert res.status_code == 201
        data = res.json()["data"]
        assert (data["body"], data["postId"], data["author"]["username"]) == (
            body,
            post["id"],
            "alice",
        )
        assert res.headers["location"] == f"/api/comments/{data['id']}"

    page1 = client.get(f"/api/posts/{post['id']}/comments?limit=2")
    assert page1.status_code == 200
    assert [c["body"] for c in page1.json()["data"]] == ["first", "second"]
    assert page1.json()["meta"] == {"page": 1, "limit": 2, "total": 3, "totalPages": 2}

    newest = client.get(f"/api/posts/{post['id']}/comments?sort=-createdAt&limit=1")
    assert newest.json()["data"][0]["body"] == "third"

    with_count = client.get(f"/api/posts/{post['id']}")
    assert with_count.json()["data"]["commentCount"] == 3


def test_404_for_comments_on_missing_posts_or_on_other_peoples_drafts(client: TestClient) -> None:
    alice = register_user(client)
    assert client.get("/api/posts/999999/comments").status_code == 404
    missing = client.post("/api/posts/999999/comments", json={"body": "x"}, headers=alice.auth)
    assert missing.status_code == 404
    draft = create_post(client, alice, status="draft")
    bob = register_user(client, "bob")
    on_draft = client.post(
        f"/api/posts/{draft['id']}/comments", json={"body": "x"}, headers=bob.auth
    )
    assert on_draft.status_code == 404
    assert (
        client.patch("/api/comments/999999", json={"body": "x"}, headers=alice.auth).status_code
        == 404
    )


def test_validates_the_comment_body_and_requires_sign_in(client: TestClient) -> None:
    alice = register_user(client)
    post = create_post(client, alice)
    empty = client.post(
        f"/api/posts/{post['id']}/comments", json={"body": "   "}, headers=alice.auth
    )
    assert empty.status_code == 422
    assert empty.json()["error"]["details"][0]["path"] == "body.body"
    anonymous = client.post(f"/api/posts/{post['id']}/comments", json={"body": "hi"})
    assert anonymous.status_code == 401


def test_comments_sort_whitelist(client: TestClient) -> None:
    alice = register_user(client)
    post = create_post(client, alice)
    res = client.get(f"/api/posts/{post['id']}/comments?sort=body")
    assert res.status_code == 422
    assert res.json()["error"]["details"] == [
        {"path": "query.sort", "message": 'Unknown sort field "body". Allowed: createdAt'}
    ]


def test_keeps_the_comments_of_a_deleted_account_with_author_null(
    client: TestClient, engine: Engine
) -> None:
    alice, bob = register_user(client), register_user(client, "bob")
    post = create_post(client, alice)
    for user, body in ((bob, "from bob"), (alice, "from alice")):
        client.post(f"/api/posts/{post['id']}/comments", json={"body": body}, headers=user.auth)
    # The API has no "delete my account" route: delete the row as an admin script would.
    with engine.begin() as connection:
        connection.execute(delete(User).where(User.id == bob.id))

    res = client.get(f"/api/posts/{post['id']}/comments")
    assert res.status_code == 200
    assert [(c["body"], c["author"]) for c in res.json()["data"]] == [
        ("from bob", None),
        ("from alice", {"id": alice.id, "username": "alice"}),
    ]
    # Nobody can edit the orphan; the post's author can still moderate it away.
    orphan = res.json()["data"][0]["id"]
    edit = client.patch(f"/api/comments/{orphan}", json={"body": "x"}, headers=alice.auth)
    assert edit.status_code == 403
    assert client.delete(f"/api/comments/{orphan}", headers=alice.auth).status_code == 204
