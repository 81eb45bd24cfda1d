# Wrong: `permissions or DEFAULT_PERMISSIONS` also replaces an empty list, which is falsy.
DEFAULT_ROLE = "member"
DEFAULT_PERMISSIONS = ("read",)
ADULT_AGE = 18


def create_user_profile(user_id, name, age, permissions=None):
    if isinstance(age, bool) or not isinstance(age, int):
        raise TypeError(f"age must be an int, got {age!r}")
    return {
        "id": user_id,
        "name": name.strip(),
        "age": age,
        "is_adult": age >= ADULT_AGE,
        "is_active": True,
        "role": DEFAULT_ROLE,
        "permissions": list(permissions or DEFAULT_PERMISSIONS),
    }
