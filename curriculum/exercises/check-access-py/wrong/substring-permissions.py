# Wrong: `user.get("permissions") or []` lets a string through, and `in` on a string is a
# substring test: "write" in "rewrite" is True.
def check_access(user):
    if user is None:
        return "denied"
    if user.get("is_active") is False:
        return "denied"
    if user.get("is_admin") is True:
        return "full"
    permissions = user.get("permissions") or []
    if "write" in permissions:
        return "write"
    if "read" in permissions:
        return "read"
    return "denied"
