# Week 4 — Comprehensions, sum and sorted over users
#
# active_emails(users)  -> lowercased emails of users whose is_active is True
# group_by_role(users)  -> {role: [names...]} as a plain dict
# paid_revenue(orders)  -> Decimal sum of quantity * unit_price over orders with status "paid"
# users_by_name(users)  -> a new list sorted by name, ignoring case
# None of them may modify its input.


def active_emails(users):
    return [user["email"] for user in users]  # every user? and the case?


def group_by_role(users):
    raise NotImplementedError("group_by_role")


def paid_revenue(orders):
    return sum(order["quantity"] * float(order["unit_price"]) for order in orders)  # floats for money?


def users_by_name(users):
    raise NotImplementedError("users_by_name")
