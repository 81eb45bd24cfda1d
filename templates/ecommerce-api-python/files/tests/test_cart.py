from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.helpers import add_to_cart, bearer, create_admin, create_product, register_customer


def test_add_set_remove_and_totals(client: TestClient, app: FastAPI) -> None:
    admin = create_admin(app)
    mug = create_product(client, admin["token"], priceCents=1000, stock=5)
    tee = create_product(client, admin["token"], priceCents=250, stock=5)
    customer = register_customer(client)
    auth = bearer(customer["token"])

    add_to_cart(client, customer["token"], mug["id"], 1)
    add_to_cart(client, customer["token"], mug["id"], 2)  # adds up
    add_to_cart(client, customer["token"], tee["id"], 2)
    cart = client.get("/cart", headers=auth).json()["data"]
    assert [(i["productId"], i["quantity"]) for i in cart["items"]] == [(mug["id"], 3), (tee["id"], 2)]
    assert cart["totalCents"] == 3500
    assert cart["items"][0]["available"] is True

    cart = client.put(f"/cart/items/{mug['id']}", headers=auth, json={"quantity": 1}).json()["data"]
    assert cart["totalCents"] == 1500
    cart = client.delete(f"/cart/items/{tee['id']}", headers=auth).json()["data"]
    assert len(cart["items"]) == 1
    assert client.delete(f"/cart/items/{tee['id']}", headers=auth).status_code == 404
    assert client.delete("/cart", headers=auth).status_code == 204
    assert client.get("/cart", headers=auth).json()["data"]["items"] == []


def test_stock_and_product_checks(client: TestClient, app: FastAPI) -> None:
    admin = create_admin(app)
    product = create_product(client, admin["token"], stock=2)
    customer = register_customer(client)
    auth = bearer(customer["token"])
    res = client.post("/cart/items", headers=auth, json={"productId": product["id"], "quantity": 3})
    assert res.status_code == 409
    assert res.json()["error"]["code"] == "INSUFFICIENT_STOCK"
    assert res.json()["error"]["details"] == {"productId": product["id"], "requested": 3, "available": 2}
    assert client.post("/cart/items", headers=auth, json={"productId": 9999}).status_code == 404
    assert client.post("/cart/items", headers=auth, json={"productId": product["id"], "quantity": 0}).status_code == 422


def test_the_cart_needs_a_login(client: TestClient) -> None:
    res = client.get("/cart")
    assert res.status_code == 401
    assert res.json()["error"]["code"] == "UNAUTHENTICATED"
