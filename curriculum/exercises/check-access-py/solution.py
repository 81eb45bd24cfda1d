# Week 3 — Decide a user's access level (reference solution)
from collections.abc import Mapping
from typing import Any

COLLECTIONS = (list, tuple, set, frozenset)


def check_access(user: Mapping[str, Any] | None) -> str:
    # Guard clauses first: the most restrictive rules win, whatever else the record says.
    if user is None:
        return "denied"
    if user.get("is_active") is False:
        return "denied"

    # `is True`: the string "false" is truthy and 1 == True, yet neither makes an admin.
    if user.get("is_admin") is True:
        return "full"

    permissions = user.get("permissions")
    # A string would turn `in` into a substring test ("read" in "read-only").
    if not isinstance(permissions, COLLECTIONS):
        permissions = ()
    if "write" in permissions:
        return "write"
    if "read" in permissions:
        return "read"
    return "denied"
