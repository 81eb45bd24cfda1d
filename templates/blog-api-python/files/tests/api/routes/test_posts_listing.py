"""GET /api/posts: pagination, filtering and whitelisted sorting."""

import pytest
from fastapi.testclient import TestClient

from tests.helpers import TestUser, create_post, register_user, titles


@pytest.fixture
def people(client: TestClient) -> tuple[TestUser, TestUser]:
    alice = register_user(client, "alice")
    bob = register_user(client, "bob")
    category = client.post("/api/categories", json={"name": "Databases"}, headers=alice.auth)
    category_id = category.json()["data"]["id"]
    # created in this order: charlie, alpha, bravo (alice), delta (bob), echo (alice's draft)
    create_post(client, alice, title="charlie", tags=["python"])
    create_post(client, alice, title="alpha", tags=["sql", "python"], categoryIds=[category_id])
    create_post(client, alice, title="bravo", tags=["sql"])
    create_post(client, bob, title="delta", tags=["python"], categoryIds=[category_id])
    create_post(client, alice, title="echo", status="draft")
    return alice, bob


pytestmark = pytest.mark.usefixtures("people")


def test_returns_data_and_meta_newest_first_by_default(client: TestClient) -> None:
    res = client.get("/api/posts")
    assert res.status_code == 200
    assert titles(res) == ["delta", "bravo", "alpha", "charlie"]
    assert res.json()["meta"] == {"page": 1, "limit": 20, "total": 4, "totalPages": 1}


def test_pages_through_results(client: TestClient) -> None:
    p1 = client.get("/api/posts?limit=3&page=1")
    p2 = client.get("/api/posts?limit=3&page=2")
    assert titles(p1) == ["delta", "bravo", "alpha"]
    assert titles(p2) == ["charlie"]
    assert p2.json()["meta"] == {"page": 2, "limit": 3, "total": 4, "totalPages": 2}
    beyond = client.get("/api/posts?limit=3&page=9")
    assert beyond.json()["data"] == []
    assert beyond.json()["meta"]["total"] == 4


@pytest.mark.parametrize("query", ["limit=0", "limit=abc", "page=0", "page=-1", "limit=2.5"])
def test_rejects_nonsense_paging(client: TestClient, query: str) -> None:
    res = client.get(f"/api/posts?{query}")
    assert res.status_code == 422
    assert res.json()["error"]["code"] == "VALIDATION_FAILED"


def test_caps_the_limit_at_100(client: TestClient) -> None:
    capped = client.get("/api/posts?limit=5000")
    assert capped.status_code == 200
    assert capped.json()["meta"]["limit"] == 100


def test_filters_by_tag_author_and_category(client: TestClient) -> None:
    assert titles(client.get("/api/posts?tag=sql")) == ["bravo", "alpha"]
    assert titles(client.get("/api/posts?author=bob")) == ["delta"]
    assert titles(client.get("/api/posts?author=BOB")) == ["delta"]
    assert titles(client.get("/api/posts?category=databases")) == ["delta", "alpha"]
    combined = client.get("/api/posts?tag=python&author=alice&limit=1")
    assert titles(combined) == ["alpha"]
    assert combined.json()["meta"] == {"page": 1, "limit": 1, "total": 2, "totalPages": 2}


def test_filters_by_status_drafts_only_show_to_their_author(
    client: TestClient, people: tuple[TestUser, TestUser]
) -> None:
    alice, bob = people
    assert len(titles(client.get("/api/posts?status=published"))) == 4
    assert titles(client.get("/api/posts?status=draft")) == []
    assert titles(client.get("/api/posts?status=draft", headers=bob.auth)) == []
    assert titles(client.get("/api/posts?status=draft", headers=alice.auth)) == ["echo"]
    mine = client.get("/api/posts?author=alice", headers=alice.auth)
    assert mine.json()["meta"]["total"] == 4


def test_rejects_invalid_filter_values_and_unknown_parameters(client: TestClient) -> None:
    assert client.get("/api/posts?status=archived").status_code == 422
    assert client.get("/api/posts?tag=Not%20A%20Slug").status_code == 422
    unknown = client.get("/api/posts?colour=red")
    assert unknown.status_code == 422
    assert "colour" in unknown.json()["error"]["details"][0]["message"]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("title", ["alpha", "bravo", "charlie", "delta"]),
        ("-title", ["delta", "charlie", "bravo", "alpha"]),
        ("createdAt", ["charlie", "alpha", "bravo", "delta"]),
        ("-createdAt", ["delta", "bravo", "alpha", "charlie"]),
        ("-publishedAt,title", ["delta", "bravo", "alpha", "charlie"]),
    ],
)
def test_sorts_by_whitelisted_fields(client: TestClient, sort: str, expected: list[str]) -> None:
    assert titles(client.get(f"/api/posts?sort={sort}")) == expected


def test_422_for_an_unknown_sort_field(client: TestClient) -> None:
    res = client.get("/api/posts?sort=-password_hash")
    assert res.status_code == 422
    assert res.json()["error"]["details"][0] == {
        "path": "query.sort",
        "message": 'Unknown sort field "password_hash". '
        "Allowed: createdAt, updatedAt, publishedAt, title",
    }
