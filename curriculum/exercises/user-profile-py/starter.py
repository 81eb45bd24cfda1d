# Week 1 — Build a user profile dict
#
# Define DEFAULT_ROLE, DEFAULT_PERMISSIONS (a tuple) and ADULT_AGE, and make
# create_user_profile(user_id, name, age, permissions=None) return a complete, new profile:
# {"id", "name" (stripped), "age", "is_adult", "is_active": True, "role", "permissions" (a new list)}.
# A TypeError with the bad value in its message when age is not a real int.

DEFAULT_ROLE = "member"
DEFAULT_PERMISSIONS = ["read"]
ADULT_AGE = 18


def create_user_profile(user_id, name, age, permissions=DEFAULT_PERMISSIONS):
    # TODO: strip the name, add is_adult / is_active / role, copy the permissions
    # and reject an age that is not an int.
    return {"id": user_id, "name": name, "age": age, "permissions": permissions}
