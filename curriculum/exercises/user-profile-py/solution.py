# Week 1 — Build a user profile dict (reference solution)
from collections.abc import Sequence
from typing import Any

DEFAULT_ROLE = "member"
# A tuple, so no code can append to the shared default by accident.
DEFAULT_PERMISSIONS = ("read",)
ADULT_AGE = 18


def create_user_profile(
    user_id: int, name: str, age: int, permissions: Sequence[str] | None = None
) -> dict[str, Any]:
    # bool is a subclass of int, so True would slip through a plain isinstance(age, int).
    if isinstance(age, bool) or not isinstance(age, int):
        raise TypeError(f"age must be an int, got {age!r}")
    # `is None`, not `or`: an empty list is a deliberate choice, not a missing value.
    chosen = DEFAULT_PERMISSIONS if permissions is None else permissions
    return {
        "id": user_id,
        "name": name.strip(),
        "age": age,
        "is_adult": age >= ADULT_AGE,
        "is_active": True,
        "role": DEFAULT_ROLE,
        # A new list: the profile must not share a list with the caller.
        "permissions": list(chosen),
    }
