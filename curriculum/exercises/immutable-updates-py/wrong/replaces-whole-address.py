# Wrong: replaces the address with the changes instead of merging, so the zip code is lost.
def update_profile(profile, changes):
    return profile | changes


def update_address(profile, address_changes):
    return profile | {"address": dict(address_changes)}


def add_permission(profile, permission):
    if permission in profile["permissions"]:
        return profile.copy()
    return profile | {"permissions": [*profile["permissions"], permission]}


def remove_permission(profile, permission):
    return profile | {"permissions": [p for p in profile["permissions"] if p != permission]}
