# Wrong: profile.copy() is shallow, so append() changes the list the original still holds.
def update_profile(profile, changes):
    return profile | changes


def update_address(profile, address_changes):
    return profile | {"address": profile["address"] | address_changes}


def add_permission(profile, permission):
    new = profile.copy()
    if permission not in new["permissions"]:
        new["permissions"].append(permission)
    return new


def remove_permission(profile, permission):
    return profile | {"permissions": [p for p in profile["permissions"] if p != permission]}
