"""Test data made through the API, like a real client would (admins excepted)."""

import itertools
import json
import time
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import func, select

from app.api.deps import AppState
from app.core.security import AuthUser
from app.models import OrderItem, Product
from app.payments.signature import SIGNATURE_HEADER, sign_payload
from app.schemas.auth import RegisterBody
from app.services.users import UserService

ADDRESS = {
    "name": "Ada Lovelace",
    "line1": "12 Analytical Street",
    "city": "London",
    "postalCode": "N1 9GU",
    "country": "GB",
}

_counter = itertools.count(1)


def state_of(app: FastAPI) -> AppState:
    state: AppState = app.state.shop
    return state


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def register_customer(client: TestClient, prefix: str = "customer") -> dict[str, Any]:
    email = f"{prefix}-{next(_counter)}@example.com"
    res = client.post("/auth/register", json={"email": email, "password": "correct-horse-battery", "name": "Test"})
    assert res.status_code == 201, res.text
    data = res.json()["data"]
    return {"id": data["user"]["id"], "email": email, "token": data["accessToken"]}


def create_admin(app: FastAPI) -> dict[str, Any]:
    """Admins cannot sign up through the API, so the test creates one directly."""
    state = state_of(app)
    email = f"admin-{next(_counter)}@example.com"
    with state.sessions() as db:
        body = RegisterBody(email=email, password="admin-password-123", name="Admin")
        user = UserService(db, state.settings.bcrypt_cost).create(body, "admin")
    return {"id": user.id, "email": email, "token": state.tokens.sign(AuthUser(id=user.id, role="admin"))}


def create_product(client: TestClient, admin_token: str, **overrides: Any) -> dict[str, Any]:
    body = {"sku": f"SKU-{next(_counter)}", "name": "Widget", "category": "gadgets", "priceCents": 1000, "stock": 10}
    res = client.post("/products", headers=bearer(admin_token), json={**body, **overrides})
    assert res.status_code == 201, res.text
    product: dict[str, Any] = res.json()["data"]
    return product


def add_to_cart(client: TestClient, token: str, product_id: int, quantity: int = 1) -> None:
    res = client.post("/cart/items", headers=bearer(token), json={"productId": product_id, "quantity": quantity})
    assert res.status_code == 200, res.text


def place_order(client: TestClient, token: str, lines: list[tuple[int, int]]) -> dict[str, Any]:
    for product_id, quantity in lines:
        add_to_cart(client, token, product_id, quantity)
    res = client.post("/orders", headers=bearer(token), json={"shippingAddress": ADDRESS})
    assert res.status_code == 201, res.text
    order: dict[str, Any] = res.json()["data"]
    return order


def stock_of(app: FastAPI, product_id: int) -> int:
    with state_of(app).sessions() as db:
        return db.execute(select(Product.stock).where(Product.id == product_id)).scalar_one()


def units_sold(app: FastAPI, product_id: int) -> tuple[int, int]:
    """(units, order lines) sold of a product."""
    with state_of(app).sessions() as db:
        row = db.execute(
            select(func.coalesce(func.sum(OrderItem.quantity), 0), func.count()).where(
                OrderItem.product_id == product_id
            )
        ).one()
        return int(row[0]), int(row[1])


def create_intent(client: TestClient, token: str, order_id: int) -> dict[str, Any]:
    res = client.post("/payment-intents", headers=bearer(token), json={"orderId": order_id})
    assert res.status_code == 201, res.text
    intent: dict[str, Any] = res.json()["data"]
    return intent


def succeeded_event(intent: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    event = {
        "id": f"evt_test_{next(_counter)}_{time.time_ns()}",
        "type": "payment_intent.succeeded",
        "created": int(time.time()),
        "data": {
            "intentId": intent["providerRef"],
            "amountCents": intent["amountCents"],
            "currency": intent["currency"],
        },
    }
    return {**event, **overrides}


def send_webhook(
    client: TestClient,
    raw_body: str,
    secret: str | None = None,
    timestamp: int | None = None,
    signature: str | None = None,
) -> Response:
    """POSTs a webhook exactly as a provider would: raw JSON bytes plus the signature header."""
    secret = secret or "whsec_test_secret_0123456789"
    stamp = timestamp if timestamp is not None else int(time.time())
    header = signature if signature is not None else sign_payload(secret, raw_body.encode(), stamp)
    return client.post(
        "/webhooks/payments",
        content=raw_body.encode(),
        headers={"Content-Type": "application/json", SIGNATURE_HEADER: header},
    )


def dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))
