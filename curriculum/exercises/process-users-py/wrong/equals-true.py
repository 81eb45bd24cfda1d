# Wrong: `== True` accepts the int 1 as active, because 1 == True in Python.
def process_users(users, max_count=None):
    names = []
    skipped = 0
    if max_count is not None and max_count <= 0:
        return names, skipped
    for user in users:
        name = user.get("name")
        if user.get("is_active") != True or not isinstance(name, str) or not name.strip():  # noqa: E712
            skipped += 1
            continue
        names.append(name.strip())
        if max_count is not None and len(names) >= max_count:
            break
    return names, skipped
