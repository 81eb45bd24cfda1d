import re

from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select

from app.models import Comment
from tests.helpers import create_post, register_user


def test_creates_a_post_with_tags_and_categories(client: TestClient) -> None:
    alice = register_user(client)
    category = client.post("/api/categories", json={"name": "Backend"}, headers=alice.auth)
    assert category.status_code == 201
    res = client.post(
        "/api/posts",
        headers=alice.auth,
        json={
            "title": "SQLAlchemy tips",
            "body": "Typed SQL",
            "status": "published",
            "tags": ["Python", "SQL", "sql"],
            "categoryIds": [category.json()["data"]["id"]],
        },
    )
    assert res.status_code == 201
    data = res.json()["data"]
    assert res.headers["location"] == f"/api/posts/{data['id']}"
    assert data["title"] == "SQLAlchemy tips"
    assert data["status"] == "published"
    assert data["author"] == {"id": alice.id, "username": "alice"}
    assert data["tags"] == [{"name": "Python", "slug": "python"}, {"name": "SQL", "slug": "sql"}]
    assert [(c["name"], c["slug"]) for c in data["categories"]] == [("Backend", "backend")]
    assert data["commentCount"] == 0
    assert isinstance(data["publishedAt"], str)


def test_timestamps_are_iso_8601_utc_with_milliseconds(client: TestClient) -> None:
    alice = register_user(client)
    post = create_post(client, alice)
    for field in ("createdAt", "updatedAt", "publishedAt"):
        value = post[field]
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", value), value


def test_reads_updates_and_deletes_a_post(client: TestClient) -> None:
    alice = register_user(client)
    post = create_post(client, alice, tags=["one"])

    got = client.get(f"/api/posts/{post['id']}")
    assert got.status_code == 200
    assert got.json()["data"]["title"] == "Hello world"

    patched = client.patch(
        f"/api/posts/{post['id']}",
        json={"title": "Hello again", "tags": ["two", "three"]},
        headers=alice.auth,
    )
    assert patched.status_code == 200
    assert patched.json()["data"]["title"] == "Hello again"
    assert [t["slug"] for t in patched.json()["data"]["tags"]] == ["three", "two"]

    deleted = client.delete(f"/api/posts/{post['id']}", headers=alice.auth)
    assert deleted.status_code == 204
    assert deleted.content == b""
    assert client.get(f"/api/posts/{post['id']}").status_code == 404


def test_keeps_drafts_private_to_their_author(client: TestClient) -> None:
    alice = register_user(client)
    draft = create_post(client, alice, status="draft")
    bob = register_user(client, "bob")
    assert client.get(f"/api/posts/{draft['id']}").status_code == 404
    assert client.get(f"/api/posts/{draft['id']}", headers=bob.auth).status_code == 404
    own = client.get(f"/api/posts/{draft['id']}", headers=alice.auth)
    assert own.status_code == 200
    assert own.json()["data"]["publishedAt"] is None


def test_sets_published_at_when_a_draft_is_published(client: TestClient) -> None:
    alice = register_user(client)
    draft = create_post(client, alice, status="draft")
    res = client.patch(
        f"/api/posts/{draft['id']}", json={"status": "published"}, headers=alice.auth
    )
    assert isinstance(res.json()["data"]["publishedAt"], str)
    back = client.patch(f"/api/posts/{draft['id']}", json={"status": "draft"}, headers=alice.auth)
    assert back.json()["data"]["publishedAt"] is None


def test_deleting_a_post_removes_its_comments(client: TestClient, engine: Engine) -> None:
    alice = register_user(client)
    post = create_post(client, alice)
    client.post(f"/api/posts/{post['id']}/comments", json={"body": "hi"}, headers=alice.auth)
    client.delete(f"/api/posts/{post['id']}", headers=alice.auth)
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(Comment)) == 0


def test_rejects_unknown_category_ids(client: TestClient) -> None:
    alice = register_user(client)
    res = client.post(
        "/api/posts", json={"title": "t", "body": "b", "categoryIds": [999999]}, headers=alice.auth
    )
    assert res.status_code == 422
    assert res.json()["error"]["details"] == [
        {"path": "body.categoryIds", "message": "Unknown category id(s): 999999"}
    ]


def test_404_for_missing_posts_and_401_for_anonymous_writes(client: TestClient) -> None:
    alice = register_user(client)
    assert client.get("/api/posts/999999").status_code == 404
    patch = client.patch("/api/posts/999999", json={"title": "x"}, headers=alice.auth)
    assert patch.status_code == 404
    assert client.delete("/api/posts/999999", headers=alice.auth).status_code == 404
    anonymous = client.post("/api/posts", json={"title": "t", "body": "b"})
    assert anonymous.status_code == 401
    assert anonymous.json()["error"]["code"] == "UNAUTHORIZED"
