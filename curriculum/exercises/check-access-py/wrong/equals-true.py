# Wrong: `== True` is also true for the int 1, so is_admin = 1 grants full access.
def check_access(user):
    if user is None:
        return "denied"
    if user.get("is_active") is False:
        return "denied"
    if user.get("is_admin") == True:  # noqa: E712
        return "full"
    permissions = user.get("permissions")
    if not isinstance(permissions, (list, tuple, set, frozenset)):
        permissions = ()
    if "write" in permissions:
        return "write"
    if "read" in permissions:
        return "read"
    return "denied"
