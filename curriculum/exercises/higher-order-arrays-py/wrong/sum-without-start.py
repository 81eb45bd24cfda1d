# Wrong: sum() without a start value begins at the int 0, so an empty total is 0, not a Decimal.
from decimal import Decimal


def active_emails(users):
    return [user["email"].lower() for user in users if user.get("is_active") is True]


def group_by_role(users):
    groups = {}
    for user in users:
        groups.setdefault(user["role"], []).append(user["name"])
    return groups


def paid_revenue(orders):
    return sum(Decimal(o["unit_price"]) * o["quantity"] for o in orders if o["status"] == "paid")


def users_by_name(users):
    return sorted(users, key=lambda user: user["name"].casefold())
