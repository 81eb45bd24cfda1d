# Wrong: list.remove() drops only the first occurrence.
def update_profile(profile, changes):
    return profile | changes


def update_address(profile, address_changes):
    return profile | {"address": profile["address"] | address_changes}


def add_permission(profile, permission):
    if permission in profile["permissions"]:
        return profile.copy()
    return profile | {"permissions": [*profile["permissions"], permission]}


def remove_permission(profile, permission):
    permissions = list(profile["permissions"])
    if permission in permissions:
        permissions.remove(permission)
    return profile | {"permissions": permissions}
