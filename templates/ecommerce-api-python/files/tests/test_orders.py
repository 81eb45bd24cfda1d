from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.helpers import (
    ADDRESS,
    add_to_cart,
    bearer,
    create_admin,
    create_intent,
    create_product,
    place_order,
    register_customer,
    stock_of,
)


def test_checkout_reserves_stock_and_empties_the_cart(client: TestClient, app: FastAPI) -> None:
    admin = create_admin(app)
    mug = create_product(client, admin["token"], name="Mug", priceCents=1200, stock=5)
    tee = create_product(client, admin["token"], name="Tee", priceCents=2000, stock=5)
    customer = register_customer(client)
    order = place_order(client, customer["token"], [(mug["id"], 2), (tee["id"], 1)])

    assert order["status"] == "pending_payment"
    assert order["totalCents"] == 4400
    assert order["shippingAddress"] == ADDRESS
    assert [(i["name"], i["quantity"], i["lineTotalCents"]) for i in order["items"]] == [
        ("Mug", 2, 2400),
        ("Tee", 1, 2000),
    ]
    assert (stock_of(app, mug["id"]), stock_of(app, tee["id"])) == (3, 4)
    assert client.get("/cart", headers=bearer(customer["token"])).json()["data"]["items"] == []


def test_one_short_line_rolls_the_whole_order_back(client: TestClient, app: FastAPI) -> None:
    admin = create_admin(app)
    plenty = create_product(client, admin["token"], stock=10)
    scarce = create_product(client, admin["token"], stock=2)
    customer = register_customer(client)
    add_to_cart(client, customer["token"], plenty["id"], 3)
    add_to_cart(client, customer["token"], scarce["id"], 2)
    # Someone else buys the scarce item meanwhile.
    client.post(f"/products/{scarce['id']}/stock", headers=bearer(admin["token"]), json={"delta": -1})

    res = client.post("/orders", headers=bearer(customer["token"]), json={"shippingAddress": ADDRESS})
    assert res.status_code == 409
    assert res.json()["error"]["code"] == "INSUFFICIENT_STOCK"
    assert stock_of(app, plenty["id"]) == 10  # the first line's decrement was rolled back
    assert len(client.get("/cart", headers=bearer(customer["token"])).json()["data"]["items"]) == 2
    assert client.get("/orders", headers=bearer(customer["token"])).json()["meta"]["total"] == 0


def test_empty_cart_and_invalid_address(client: TestClient) -> None:
    customer = register_customer(client)
    res = client.post("/orders", headers=bearer(customer["token"]), json={"shippingAddress": ADDRESS})
    assert res.status_code == 422
    assert res.json()["error"]["code"] == "CART_EMPTY"
    bad = client.post(
        "/orders", headers=bearer(customer["token"]), json={"shippingAddress": {**ADDRESS, "country": "de"}}
    )
    assert bad.status_code == 422
    assert bad.json()["error"]["details"][0]["path"] == "shippingAddress.country"


def test_orders_are_private_and_admins_see_all(client: TestClient, app: FastAPI) -> None:
    admin = create_admin(app)
    product = create_product(client, admin["token"])
    alice, bob = register_customer(client, "alice"), register_customer(client, "bob")
    order = place_order(client, alice["token"], [(product["id"], 1)])
    place_order(client, bob["token"], [(product["id"], 1)])

    assert client.get(f"/orders/{order['id']}", headers=bearer(bob["token"])).status_code == 404
    assert client.post(f"/orders/{order['id']}/cancel", headers=bearer(bob["token"])).status_code == 404
    assert client.get("/orders", headers=bearer(alice["token"])).json()["meta"]["total"] == 1
    everyone = client.get("/orders", headers=bearer(admin["token"]), params={"status": "pending_payment"}).json()
    assert everyone["meta"]["total"] == 2
    assert client.get("/orders", headers=bearer(admin["token"]), params={"status": "lost"}).status_code == 422


def test_cancel_releases_stock_once(client: TestClient, app: FastAPI) -> None:
    admin = create_admin(app)
    product = create_product(client, admin["token"], stock=3)
    customer = register_customer(client)
    order = place_order(client, customer["token"], [(product["id"], 2)])
    res = client.post(f"/orders/{order['id']}/cancel", headers=bearer(customer["token"]))
    assert res.status_code == 200
    assert res.json()["data"]["status"] == "cancelled"
    assert res.json()["data"]["cancelledAt"] is not None
    assert stock_of(app, product["id"]) == 3
    again = client.post(f"/orders/{order['id']}/cancel", headers=bearer(customer["token"]))
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "INVALID_ORDER_STATE"
    assert stock_of(app, product["id"]) == 3


def test_ship_only_paid_orders_and_admin_refunds_paid_cancellations(client: TestClient, app: FastAPI) -> None:
    admin = create_admin(app)
    product = create_product(client, admin["token"], stock=5)
    customer = register_customer(client)
    order = place_order(client, customer["token"], [(product["id"], 1)])
    ship = f"/orders/{order['id']}/ship"
    assert client.post(ship, headers=bearer(customer["token"])).status_code == 403
    assert client.post(ship, headers=bearer(admin["token"])).status_code == 409

    intent = create_intent(client, customer["token"], order["id"])
    client.post(
        f"/payment-intents/{intent['id']}/confirm",
        headers=bearer(customer["token"]),
        json={"clientSecret": intent["clientSecret"]},
    )
    assert client.post(f"/orders/{order['id']}/cancel", headers=bearer(customer["token"])).status_code == 409
    cancelled = client.post(f"/orders/{order['id']}/cancel", headers=bearer(admin["token"]))
    assert cancelled.json()["data"]["status"] == "cancelled"
    payment = client.get(f"/payment-intents/{intent['id']}", headers=bearer(customer["token"])).json()["data"]
    assert payment["status"] == "refunded"
    assert stock_of(app, product["id"]) == 5


def test_paid_orders_ship(client: TestClient, app: FastAPI) -> None:
    admin = create_admin(app)
    product = create_product(client, admin["token"])
    customer = register_customer(client)
    order = place_order(client, customer["token"], [(product["id"], 1)])
    intent = create_intent(client, customer["token"], order["id"])
    client.post(
        f"/payment-intents/{intent['id']}/confirm",
        headers=bearer(customer["token"]),
        json={"clientSecret": intent["clientSecret"]},
    )
    res = client.post(f"/orders/{order['id']}/ship", headers=bearer(admin["token"]))
    assert res.status_code == 200
    assert res.json()["data"]["status"] == "shipped"
    assert res.json()["data"]["shippedAt"] is not None
