"""Many customers hold the product in their carts (the cart check passed for all of
them, because stock was there when they added it). Then all of them check out at
the same moment. Exactly `stock` units may be sold, never more.

On PostgreSQL (DATABASE_URL set) the checkouts run truly in parallel, each in its
own transaction on its own connection: a read-then-write checkout ("SELECT stock,
check it in Python, UPDATE stock = new value") oversells here, and this test fails.
On SQLite it cannot catch that bug: SQLite has one writer at a time (the app begins
every transaction with BEGIN IMMEDIATE), so checkouts are serialized and even the
naive version would pass. The test still proves the counting and the 409s there.
"""

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from tests.conftest import postgres_only
from tests.helpers import (
    ADDRESS,
    add_to_cart,
    bearer,
    create_admin,
    create_product,
    register_customer,
    state_of,
    stock_of,
    units_sold,
)


def _checkout_all(client: TestClient, tokens: list[str]) -> list[Response]:
    def checkout(token: str) -> Response:
        return client.post("/orders", headers=bearer(token), json={"shippingAddress": ADDRESS})

    with ThreadPoolExecutor(max_workers=len(tokens)) as pool:
        return list(pool.map(checkout, tokens))


def _race(client: TestClient, app: FastAPI, stock: int, buyers: int, each: int) -> dict[str, Any]:
    admin = create_admin(app)
    product = create_product(client, admin["token"], stock=stock)
    customers = [register_customer(client, f"buyer{i}") for i in range(buyers)]
    for customer in customers:
        add_to_cart(client, customer["token"], product["id"], each)
    responses = _checkout_all(client, [c["token"] for c in customers])
    return {"responses": responses, "sold": units_sold(app, product["id"]), "left": stock_of(app, product["id"])}


def test_25_buyers_5_in_stock_exactly_5_orders(client: TestClient, app: FastAPI) -> None:
    result = _race(client, app, stock=5, buyers=25, each=1)
    statuses = [r.status_code for r in result["responses"]]
    assert statuses.count(201) == 5
    assert statuses.count(409) == 20
    assert all(r.json()["error"]["code"] == "INSUFFICIENT_STOCK" for r in result["responses"] if r.status_code == 409)
    assert result["sold"] == (5, 5)
    assert result["left"] == 0


def test_quantities_that_do_not_divide_the_stock(client: TestClient, app: FastAPI) -> None:
    result = _race(client, app, stock=7, buyers=10, each=2)
    assert [r.status_code for r in result["responses"]].count(201) == 3
    assert result["sold"] == (6, 3)
    assert result["left"] == 1


@postgres_only
def test_multi_item_orders_racing_in_both_orders_neither_oversell_nor_deadlock(
    client: TestClient, app: FastAPI
) -> None:
    """Half the buyers put A then B in the cart, half B then A. The checkout locks rows
    in product-id order, so on a real server no two transactions wait for each other
    in a cycle (PostgreSQL would abort one with a deadlock error, a 500)."""
    admin = create_admin(app)
    a = create_product(client, admin["token"], stock=6)
    b = create_product(client, admin["token"], stock=6)
    customers = [register_customer(client, f"multi{i}") for i in range(16)]
    for i, customer in enumerate(customers):
        first, second = (a, b) if i % 2 == 0 else (b, a)
        add_to_cart(client, customer["token"], first["id"], 1)
        add_to_cart(client, customer["token"], second["id"], 1)
    responses = _checkout_all(client, [c["token"] for c in customers])
    statuses = [r.status_code for r in responses]
    assert statuses.count(201) == 6
    assert statuses.count(409) == 10
    assert units_sold(app, a["id"]) == units_sold(app, b["id"]) == (6, 6)
    assert stock_of(app, a["id"]) == stock_of(app, b["id"]) == 0


def test_the_database_itself_refuses_negative_stock(client: TestClient, app: FastAPI) -> None:
    admin = create_admin(app)
    product = create_product(client, admin["token"], stock=1)
    with state_of(app).sessions() as db, pytest.raises(IntegrityError):
        db.execute(text("UPDATE products SET stock = stock - 2 WHERE id = :id"), {"id": product["id"]})
        db.commit()
    assert stock_of(app, product["id"]) == 1
