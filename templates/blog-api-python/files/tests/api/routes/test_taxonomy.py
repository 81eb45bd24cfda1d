from fastapi.testclient import TestClient

from tests.helpers import create_post, register_user


def test_creates_categories_409_on_duplicates_and_lists_them(client: TestClient) -> None:
    alice = register_user(client)
    first = client.post("/api/categories", json={"name": "Node.js Tips"}, headers=alice.auth)
    assert first.status_code == 201
    assert first.json()["data"]["slug"] == "node-js-tips"
    duplicate = client.post("/api/categories", json={"name": "node js tips"}, headers=alice.auth)
    assert duplicate.status_code == 409
    assert duplicate.json()["error"]["code"] == "CONFLICT"
    # names are unique too (the course's schema), whatever the slug
    same_name = {"name": "Node.js Tips", "slug": "other-slug"}
    assert client.post("/api/categories", json=same_name, headers=alice.auth).status_code == 409
    assert client.post("/api/categories", json={"name": "x"}).status_code == 401
    listed = client.get("/api/categories")
    assert len(listed.json()["data"]) == 1
    assert listed.json()["meta"] == {"page": 1, "limit": 20, "total": 1, "totalPages": 1}


def test_category_sorting_and_explicit_slugs(client: TestClient) -> None:
    alice = register_user(client)
    for name in ("Zebra", "Apple"):
        client.post("/api/categories", json={"name": name}, headers=alice.auth)
    custom = client.post(
        "/api/categories", json={"name": "Mango", "slug": "fruit-m"}, headers=alice.auth
    )
    assert custom.json()["data"]["slug"] == "fruit-m"
    names = [c["name"] for c in client.get("/api/categories").json()["data"]]
    assert names == ["Apple", "Mango", "Zebra"]
    backwards = [c["name"] for c in client.get("/api/categories?sort=-name").json()["data"]]
    assert backwards == ["Zebra", "Mango", "Apple"]
    assert client.get("/api/categories?sort=slug").status_code == 422


def test_lists_tags_with_counts_of_published_posts(client: TestClient) -> None:
    alice = register_user(client)
    create_post(client, alice, tags=["python", "sql"])
    create_post(client, alice, tags=["python"])
    create_post(client, alice, tags=["python"], status="draft")
    res = client.get("/api/tags?sort=-postCount")
    assert res.status_code == 200
    assert [(t["slug"], t["postCount"]) for t in res.json()["data"]] == [("python", 2), ("sql", 1)]
    assert res.json()["meta"]["total"] == 2
