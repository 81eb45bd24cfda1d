# Wrong: a truthy is_active lets "yes" through, and sorting without a key puts capitals first.
from decimal import Decimal


def active_emails(users):
    return [user["email"].lower() for user in users if user.get("is_active")]


def group_by_role(users):
    groups = {}
    for user in users:
        groups.setdefault(user["role"], []).append(user["name"])
    return groups


def paid_revenue(orders):
    return sum((Decimal(o["unit_price"]) * o["quantity"] for o in orders if o["status"] == "paid"), Decimal("0"))


def users_by_name(users):
    return sorted(users, key=lambda user: user["name"])
