# Week 3 — Loop over users with continue and break (reference solution)
from collections.abc import Iterable, Mapping
from typing import Any


def _usable_name(user: Mapping[str, Any]) -> str | None:
    name = user.get("name")
    if isinstance(name, str) and name.strip():
        return name.strip()
    return None


def process_users(users: Iterable[Mapping[str, Any]], max_count: int | None = None) -> tuple[list[str], int]:
    names: list[str] = []
    skipped = 0
    if max_count is not None and max_count <= 0:
        return names, skipped  # read nothing at all

    for user in users:
        name = _usable_name(user)
        # `is not True`: "true" and 1 are not active (1 == True, but 1 is not True).
        if user.get("is_active") is not True or name is None:
            skipped += 1
            continue
        names.append(name)
        # Stop right after the limit is reached, so a generator is not read one row too far.
        if max_count is not None and len(names) >= max_count:
            break

    return names, skipped
