# Wrong: checks for an admin before the disabled-account rule, so a disabled admin keeps full access.
def check_access(user):
    if user is None:
        return "denied"
    if user.get("is_admin") is True:
        return "full"
    if user.get("is_active") is False:
        return "denied"
    permissions = user.get("permissions")
    if not isinstance(permissions, (list, tuple, set, frozenset)):
        permissions = ()
    if "write" in permissions:
        return "write"
    if "read" in permissions:
        return "read"
    return "denied"
