# Week 4 — Comprehensions, sum and sorted over users (reference solution)
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

Record = Mapping[str, Any]


def active_emails(users: Iterable[Record]) -> list[str]:
    # `is True`: "yes" and 1 are truthy, but they are not an active flag.
    return [user["email"].lower() for user in users if user.get("is_active") is True]


def group_by_role(users: Iterable[Record]) -> dict[str, list[str]]:
    # A fresh plain dict we own: filling it in place is safe, and unknown roles raise KeyError.
    groups: dict[str, list[str]] = {}
    for user in users:
        groups.setdefault(user["role"], []).append(user["name"])
    return groups


def paid_revenue(orders: Iterable[Record]) -> Decimal:
    # The Decimal start value keeps an empty sum a Decimal (sum() starts from the int 0).
    return sum(
        (Decimal(order["unit_price"]) * order["quantity"] for order in orders if order["status"] == "paid"),
        Decimal("0"),
    )


def users_by_name(users: Iterable[Record]) -> list[Record]:
    # sorted() builds a new list and is stable; casefold() is lower() for every alphabet.
    return sorted(users, key=lambda user: user["name"].casefold())
