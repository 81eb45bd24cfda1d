# Week 3 — Decide a user's access level
#
# check_access(user) returns "full", "write", "read" or "denied" (see the task).
# This first draft works for tidy users, but it crashes on missing keys and on None,
# trusts the string "false", ignores disabled accounts and knows nothing about "write".


def check_access(user):
    if user["is_admin"]:
        return "full"
    elif "read" in user["permissions"]:
        return "read"
    else:
        return "denied"
