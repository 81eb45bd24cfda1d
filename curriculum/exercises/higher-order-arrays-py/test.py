import copy
import unittest
from decimal import Decimal

import learner

USERS = (
    {"name": "Ada", "email": "Ada@Example.com", "role": "admin", "is_active": True},
    {"name": "Bo", "email": "bo@example.com", "role": "member", "is_active": False},
    {"name": "Cy", "email": "CY@example.com", "role": "admin", "is_active": True},
    {"name": "Dee", "email": "dee@example.com", "role": "editor", "is_active": "yes"},
    {"name": "Eli", "email": "eli@example.com", "role": "member", "is_active": True},
)

ORDERS = (
    {"status": "paid", "quantity": 2, "unit_price": "12.50"},
    {"status": "refunded", "quantity": 1, "unit_price": "99.00"},
    {"status": "paid", "quantity": 3, "unit_price": "1.99"},
    {"status": "pending", "quantity": 5, "unit_price": "1.00"},
)


def users():
    return copy.deepcopy(USERS)


class ActiveEmails(unittest.TestCase):
    def test_lowercased_in_order(self):
        """active_emails returns ["ada@example.com", "cy@example.com", "eli@example.com"]: lowercased emails of active users, in order"""
        self.assertEqual(learner.active_emails(users()), ["ada@example.com", "cy@example.com", "eli@example.com"])

    def test_only_true_counts(self):
        """active_emails skips is_active "yes" and 1 (truthy, but not True) and returns [] for no users"""
        self.assertEqual(learner.active_emails(({"email": "x@y.z", "is_active": 1},)), [])
        self.assertEqual(learner.active_emails(()), [])


class GroupByRole(unittest.TestCase):
    def test_groups(self):
        """group_by_role maps each role to its names: {"admin": ["Ada", "Cy"], "member": ["Bo", "Eli"], "editor": ["Dee"]}"""
        self.assertEqual(
            learner.group_by_role(users()),
            {"admin": ["Ada", "Cy"], "member": ["Bo", "Eli"], "editor": ["Dee"]},
        )

    def test_plain_dict(self):
        """group_by_role returns a plain dict: looking up a role nobody has raises KeyError and adds nothing"""
        groups = learner.group_by_role(users())
        with self.assertRaises(KeyError):
            groups["owner"]
        self.assertNotIn("owner", groups)

    def test_empty(self):
        """group_by_role(()) returns an empty dict"""
        self.assertEqual(learner.group_by_role(()), {})

    def test_calls_do_not_share(self):
        """two calls to group_by_role do not share or leak results: {"x": ["A"]} then {"x": ["B"]}"""
        first = learner.group_by_role(({"name": "A", "role": "x"},))
        second = learner.group_by_role(({"name": "B", "role": "x"},))
        self.assertEqual(first, {"x": ["A"]})
        self.assertEqual(second, {"x": ["B"]})


class PaidRevenue(unittest.TestCase):
    def test_sums_paid_orders(self):
        """paid_revenue sums quantity * unit_price of paid orders only: 2 x 12.50 + 3 x 1.99 is Decimal("30.97")"""
        result = learner.paid_revenue(copy.deepcopy(ORDERS))
        self.assertIsInstance(result, Decimal)
        self.assertEqual(result, Decimal("30.97"))
        self.assertEqual(str(result), "30.97")

    def test_exact_cents(self):
        """paid_revenue of "0.10" and "0.20" is exactly Decimal("0.30"), where floats give 0.30000000000000004"""
        orders = ({"status": "paid", "quantity": 1, "unit_price": "0.10"}, {"status": "paid", "quantity": 1, "unit_price": "0.20"})
        self.assertEqual(str(learner.paid_revenue(orders)), "0.30")

    def test_empty_is_a_decimal_zero(self):
        """paid_revenue(()) and a list without paid orders give Decimal("0"), a Decimal and not the int 0"""
        for orders in [(), ({"status": "pending", "quantity": 1, "unit_price": "5.00"},)]:
            result = learner.paid_revenue(orders)
            self.assertIsInstance(result, Decimal, msg=f"for {orders!r}")
            self.assertEqual(result, Decimal("0"), msg=f"for {orders!r}")


class UsersByName(unittest.TestCase):
    def test_ignores_case(self):
        """users_by_name sorts "bo", "Cy", "ada" as "ada", "bo", "Cy" (plain sorting puts capitals first)"""
        people = ({"name": "bo"}, {"name": "Cy"}, {"name": "ada"})
        self.assertEqual([u["name"] for u in learner.users_by_name(people)], ["ada", "bo", "Cy"])

    def test_stable_and_new_list(self):
        """users_by_name returns a new list and keeps users with the same name in their original order"""
        people = [{"name": "Kim", "id": 1}, {"name": "al", "id": 2}, {"name": "kim", "id": 3}]
        result = learner.users_by_name(people)
        self.assertEqual([u["id"] for u in result], [2, 1, 3])
        self.assertIsNot(result, people)
        self.assertEqual([u["id"] for u in people], [1, 2, 3], msg="the input list must keep its order")


class NoMutation(unittest.TestCase):
    def test_inputs_unchanged(self):
        """none of the four functions changes the users or orders it was given"""
        given_users = [dict(user) for user in USERS]
        given_orders = [dict(order) for order in ORDERS]
        learner.active_emails(given_users)
        learner.group_by_role(given_users)
        learner.users_by_name(given_users)
        learner.paid_revenue(given_orders)
        self.assertEqual(given_users, list(USERS))
        self.assertEqual(given_orders, list(ORDERS))
