from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from httpx import Response

from app.payments.fake import FakePaymentProvider
from tests.helpers import bearer, create_admin, create_intent, create_product, place_order, register_customer, state_of


@pytest.fixture
def order(client: TestClient, app: FastAPI) -> dict[str, Any]:
    admin = create_admin(app)
    customer = register_customer(client)
    product = create_product(client, admin["token"], priceCents=3000, stock=5)
    placed = place_order(client, customer["token"], [(product["id"], 2)])
    return {**placed, "token": customer["token"]}


def _confirm(
    client: TestClient, token: str, intent: dict[str, Any], method: str = "pm_card_visa", secret: str | None = None
) -> Response:
    body = {"clientSecret": secret or intent["clientSecret"], "paymentMethod": method}
    return client.post(f"/payment-intents/{intent['id']}/confirm", headers=bearer(token), json=body)


def test_intent_then_confirm_marks_the_order_paid(client: TestClient, order: dict[str, Any]) -> None:
    intent = create_intent(client, order["token"], order["id"])
    assert intent["amountCents"] == 6000
    assert intent["status"] == "requires_confirmation"
    assert intent["clientSecret"].startswith(intent["providerRef"])
    res = _confirm(client, order["token"], intent)
    assert res.status_code == 200
    assert res.json()["data"]["status"] == "succeeded"
    paid = client.get(f"/orders/{order['id']}", headers=bearer(order["token"])).json()["data"]
    assert paid["status"] == "paid"
    assert paid["paidAt"] is not None


def test_a_second_create_returns_the_open_intent_with_200(client: TestClient, order: dict[str, Any]) -> None:
    first = create_intent(client, order["token"], order["id"])
    again = client.post("/payment-intents", headers=bearer(order["token"]), json={"orderId": order["id"]})
    assert again.status_code == 200
    assert again.json()["data"]["id"] == first["id"]


def test_declined_card_leaves_the_order_pending(client: TestClient, order: dict[str, Any]) -> None:
    intent = create_intent(client, order["token"], order["id"])
    res = _confirm(client, order["token"], intent, method="pm_card_declined")
    assert res.json()["data"]["status"] == "failed"
    assert (
        client.get(f"/orders/{order['id']}", headers=bearer(order["token"])).json()["data"]["status"]
        == "pending_payment"
    )
    assert create_intent(client, order["token"], order["id"])["id"] != intent["id"]  # a new try


def test_wrong_client_secret_and_double_confirm(client: TestClient, order: dict[str, Any]) -> None:
    intent = create_intent(client, order["token"], order["id"])
    wrong = _confirm(client, order["token"], intent, secret="pi_wrong_secret")
    assert wrong.status_code == 400
    assert wrong.json()["error"]["code"] == "INVALID_CLIENT_SECRET"
    assert _confirm(client, order["token"], intent).status_code == 200
    twice = _confirm(client, order["token"], intent)
    assert twice.status_code == 409
    assert twice.json()["error"]["code"] == "INVALID_PAYMENT_STATE"


def test_other_customers_cannot_see_or_pay(client: TestClient, order: dict[str, Any]) -> None:
    intent = create_intent(client, order["token"], order["id"])
    stranger = register_customer(client, "stranger")
    assert client.get(f"/payment-intents/{intent['id']}", headers=bearer(stranger["token"])).status_code == 404
    res = client.post("/payment-intents", headers=bearer(stranger["token"]), json={"orderId": order["id"]})
    assert res.status_code == 404


def test_only_pending_orders_can_be_paid(client: TestClient, app: FastAPI, order: dict[str, Any]) -> None:
    client.post(f"/orders/{order['id']}/cancel", headers=bearer(order["token"]))
    res = client.post("/payment-intents", headers=bearer(order["token"]), json={"orderId": order["id"]})
    assert res.status_code == 409
    assert res.json()["error"]["code"] == "INVALID_ORDER_STATE"
    assert isinstance(state_of(app).provider, FakePaymentProvider)
