from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.helpers import bearer, create_admin, create_product, register_customer


def test_admin_creates_and_anyone_reads(client: TestClient, app: FastAPI) -> None:
    admin = create_admin(app)
    product = create_product(client, admin["token"], name="Mug", priceCents=1299, stock=3, category=" Home-Office ")
    assert product["category"] == "home-office"
    assert product["priceCents"] == 1299
    assert product["currency"] == "usd"
    assert product["inStock"] is True
    assert product["createdAt"].endswith("Z")
    res = client.get(f"/products/{product['id']}")
    assert res.status_code == 200
    assert res.json()["data"]["name"] == "Mug"


def test_list_filters_sorts_and_paginates(client: TestClient, app: FastAPI) -> None:
    admin = create_admin(app)
    create_product(client, admin["token"], name="Blue Mug", category="kitchen", priceCents=500, stock=0)
    create_product(client, admin["token"], name="Red Mug", category="kitchen", priceCents=900)
    create_product(client, admin["token"], name="Keyboard", category="electronics", priceCents=9000)

    res = client.get("/products", params={"q": "MUG", "sort": "-price"})
    assert [p["name"] for p in res.json()["data"]] == ["Red Mug", "Blue Mug"]
    assert res.json()["meta"] == {"page": 1, "limit": 20, "total": 2, "totalPages": 1}

    in_stock = client.get("/products", params={"category": "kitchen", "inStock": "true"}).json()["data"]
    assert [p["name"] for p in in_stock] == ["Red Mug"]
    priced = client.get("/products", params={"minPrice": 600, "maxPrice": 10_000, "sort": "name"}).json()["data"]
    assert [p["name"] for p in priced] == ["Keyboard", "Red Mug"]
    page = client.get("/products", params={"limit": 2, "page": 2, "sort": "price"}).json()
    assert [p["name"] for p in page["data"]] == ["Keyboard"]
    assert page["meta"]["totalPages"] == 2


def test_like_wildcards_are_matched_literally(client: TestClient, app: FastAPI) -> None:
    admin = create_admin(app)
    create_product(client, admin["token"], name="100% Cotton")
    create_product(client, admin["token"], name="Plain")
    assert [p["name"] for p in client.get("/products", params={"q": "%"}).json()["data"]] == ["100% Cotton"]


def test_bad_query_strings_are_422(client: TestClient) -> None:
    for params in ({"sort": "drop table"}, {"limit": 101}, {"minPrice": 10, "maxPrice": 5}, {"inStock": "yes"}):
        res = client.get("/products", params=params)
        assert res.status_code == 422, params
        assert res.json()["error"]["code"] == "VALIDATION_FAILED"
    assert client.get("/products/abc").status_code == 422


def test_update_archive_and_sku_conflicts(client: TestClient, app: FastAPI) -> None:
    admin = create_admin(app)
    first = create_product(client, admin["token"], sku="A-1")
    create_product(client, admin["token"], sku="B-1")
    res = client.patch(f"/products/{first['id']}", headers=bearer(admin["token"]), json={"priceCents": 2500})
    assert res.json()["data"]["priceCents"] == 2500
    dup = client.patch(f"/products/{first['id']}", headers=bearer(admin["token"]), json={"sku": "B-1"})
    assert dup.status_code == 409
    assert dup.json()["error"]["code"] == "SKU_TAKEN"
    again = client.post(
        "/products", headers=bearer(admin["token"]), json={"sku": "A-1", "name": "x", "category": "c", "priceCents": 1}
    )
    assert again.status_code == 409
    empty = client.patch(f"/products/{first['id']}", headers=bearer(admin["token"]), json={})
    assert empty.status_code == 422
    assert empty.json()["error"]["details"] == [{"path": "", "message": "Send at least one field to change"}]
    assert client.delete(f"/products/{first['id']}", headers=bearer(admin["token"])).status_code == 204
    assert client.get(f"/products/{first['id']}").status_code == 404


def test_money_must_be_integer_cents(client: TestClient, app: FastAPI) -> None:
    admin = create_admin(app)
    for price in (19.99, "1999", -1):
        res = client.post(
            "/products",
            headers=bearer(admin["token"]),
            json={"sku": "S", "name": "x", "category": "c", "priceCents": price},
        )
        assert res.status_code == 422, price


def test_stock_adjustments_never_go_below_zero(client: TestClient, app: FastAPI) -> None:
    admin = create_admin(app)
    product = create_product(client, admin["token"], stock=2)
    url = f"/products/{product['id']}/stock"
    assert client.post(url, headers=bearer(admin["token"]), json={"delta": 5}).json()["data"]["stock"] == 7
    res = client.post(url, headers=bearer(admin["token"]), json={"delta": -8})
    assert res.status_code == 409
    assert res.json()["error"]["details"] == {"productId": product["id"], "available": 7}
    assert client.post(url, headers=bearer(admin["token"]), json={"delta": 0}).status_code == 422


def test_customers_cannot_manage_the_catalogue(client: TestClient, app: FastAPI) -> None:
    admin = create_admin(app)
    product = create_product(client, admin["token"])
    customer = register_customer(client)
    res = client.post(
        "/products", headers=bearer(customer["token"]), json={"sku": "X", "name": "x", "category": "c", "priceCents": 1}
    )
    assert res.status_code == 403
    assert res.json()["error"]["code"] == "FORBIDDEN"
    assert client.delete(f"/products/{product['id']}", headers=bearer(customer["token"])).status_code == 403
    assert client.post("/products", json={}).status_code == 401
