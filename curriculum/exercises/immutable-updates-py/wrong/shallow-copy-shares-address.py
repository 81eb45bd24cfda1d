# Wrong: dict(profile) copies one level only; the nested address is shared and changed in place.
def update_profile(profile, changes):
    return profile | changes


def update_address(profile, address_changes):
    new = dict(profile)
    new["address"].update(address_changes)
    return new


def add_permission(profile, permission):
    if permission in profile["permissions"]:
        return dict(profile)
    return profile | {"permissions": [*profile["permissions"], permission]}


def remove_permission(profile, permission):
    return profile | {"permissions": [p for p in profile["permissions"] if p != permission]}
