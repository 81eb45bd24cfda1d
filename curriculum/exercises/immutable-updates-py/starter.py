# Week 1 — Update dicts without mutating them
#
# These functions return the right values, but they change (mutate) the profile they
# receive. Rewrite each one so it returns a NEW profile and leaves its input, and the
# dicts and lists nested inside it, untouched.


def update_profile(profile, changes):
    profile.update(changes)  # mutates profile!
    return profile


def update_address(profile, address_changes):
    profile["address"].update(address_changes)  # mutates the nested address!
    return profile


def add_permission(profile, permission):
    if permission not in profile["permissions"]:
        profile["permissions"].append(permission)  # mutates the list!
    return profile


def remove_permission(profile, permission):
    while permission in profile["permissions"]:
        profile["permissions"].remove(permission)  # mutates the list!
    return profile
