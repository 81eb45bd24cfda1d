# Week 1 — Update dicts without mutating them (reference solution)
# Every function builds a new dict; untouched nested values are shared with the input,
# which is safe as long as nobody mutates them.
from typing import Any

Profile = dict[str, Any]


def update_profile(profile: Profile, changes: Profile) -> Profile:
    return profile | changes


def update_address(profile: Profile, address_changes: dict[str, str]) -> Profile:
    # `|` copies one level only: merge into a new address dict too, or the old one would be
    # replaced wholesale (or, with .update(), changed in place).
    return profile | {"address": profile["address"] | address_changes}


def add_permission(profile: Profile, permission: str) -> Profile:
    if permission in profile["permissions"]:
        return profile.copy()
    return profile | {"permissions": [*profile["permissions"], permission]}


def remove_permission(profile: Profile, permission: str) -> Profile:
    return profile | {"permissions": [p for p in profile["permissions"] if p != permission]}
