from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from httpx import Response

from tests.helpers import ADDRESS, add_to_cart, bearer, create_admin, create_product, register_customer, stock_of


@pytest.fixture
def shop(client: TestClient, app: FastAPI) -> dict[str, Any]:
    admin = create_admin(app)
    customer = register_customer(client)
    product = create_product(client, admin["token"], stock=10)
    add_to_cart(client, customer["token"], product["id"], 2)
    return {"customer": customer, "product": product}


def _order(client: TestClient, token: str, key: str | None, body: dict[str, Any] | None = None) -> Response:
    headers = bearer(token) | ({"Idempotency-Key": key} if key is not None else {})
    return client.post("/orders", headers=headers, json=body or {"shippingAddress": ADDRESS})


def test_same_key_same_body_replays_the_first_response(client: TestClient, app: FastAPI, shop: dict[str, Any]) -> None:
    token = shop["customer"]["token"]
    first = _order(client, token, "order-key-1")
    second = _order(client, token, "order-key-1")
    assert first.status_code == second.status_code == 201
    assert second.json() == first.json()
    assert second.headers["idempotent-replayed"] == "true"
    assert "idempotent-replayed" not in first.headers
    assert stock_of(app, shop["product"]["id"]) == 8  # reserved once
    assert client.get("/orders", headers=bearer(token)).json()["meta"]["total"] == 1


def test_same_key_different_body_is_422(client: TestClient, shop: dict[str, Any]) -> None:
    token = shop["customer"]["token"]
    assert _order(client, token, "order-key-2").status_code == 201
    res = _order(client, token, "order-key-2", {"shippingAddress": {**ADDRESS, "city": "Paris"}})
    assert res.status_code == 422
    assert res.json()["error"]["code"] == "IDEMPOTENCY_KEY_REUSED"


def test_a_stored_error_is_replayed_too(client: TestClient, shop: dict[str, Any]) -> None:
    token = shop["customer"]["token"]
    client.delete("/cart", headers=bearer(token))
    assert _order(client, token, "order-key-3").status_code == 422
    add_to_cart(client, token, shop["product"]["id"], 1)
    second = _order(client, token, "order-key-3")
    assert second.status_code == 422
    assert second.json()["error"]["code"] == "CART_EMPTY"
    assert second.headers["idempotent-replayed"] == "true"


def test_keys_are_per_user_and_no_key_means_no_deduplication(
    client: TestClient, app: FastAPI, shop: dict[str, Any]
) -> None:
    token, product_id = shop["customer"]["token"], shop["product"]["id"]
    other = register_customer(client, "other")
    add_to_cart(client, other["token"], product_id, 1)
    assert _order(client, token, "shared-key").status_code == 201
    theirs = _order(client, other["token"], "shared-key")
    assert theirs.status_code == 201
    assert "idempotent-replayed" not in theirs.headers
    add_to_cart(client, token, product_id, 1)
    assert _order(client, token, None).status_code == 201
    assert stock_of(app, product_id) == 10 - 2 - 1 - 1


def test_concurrent_requests_with_one_key_create_one_order(
    client: TestClient, app: FastAPI, shop: dict[str, Any]
) -> None:
    token = shop["customer"]["token"]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: _order(client, token, "order-key-race"), range(4)))
    created = {r.json()["data"]["id"] for r in results if r.status_code == 201}
    assert len(created) == 1
    assert all(r.status_code in (201, 409) for r in results)  # 409 = the first one is still running
    assert stock_of(app, shop["product"]["id"]) == 8


def test_a_malformed_key_is_400(client: TestClient, shop: dict[str, Any]) -> None:
    res = _order(client, shop["customer"]["token"], "x" * 256)
    assert res.status_code == 400
    assert res.json()["error"]["code"] == "INVALID_IDEMPOTENCY_KEY"


def test_payment_intents_honour_the_key(client: TestClient, shop: dict[str, Any]) -> None:
    token, product_id = shop["customer"]["token"], shop["product"]["id"]
    order = _order(client, token, None).json()["data"]
    add_to_cart(client, token, product_id, 1)
    second_order = _order(client, token, None).json()["data"]

    def send(order_id: int) -> Response:
        headers = bearer(token) | {"Idempotency-Key": "pay-1"}
        return client.post("/payment-intents", headers=headers, json={"orderId": order_id})

    first, again = send(order["id"]), send(order["id"])
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["idempotent-replayed"] == "true"
    other = send(second_order["id"])
    assert other.status_code == 422
    assert other.json()["error"]["code"] == "IDEMPOTENCY_KEY_REUSED"
