# Wrong: converts prices to float, so 0.10 + 0.20 is 0.30000000000000004 and the result is no Decimal.
def active_emails(users):
    return [user["email"].lower() for user in users if user.get("is_active") is True]


def group_by_role(users):
    groups = {}
    for user in users:
        groups.setdefault(user["role"], []).append(user["name"])
    return groups


def paid_revenue(orders):
    return sum(float(o["unit_price"]) * o["quantity"] for o in orders if o["status"] == "paid")


def users_by_name(users):
    return sorted(users, key=lambda user: user["name"].casefold())
