# Wrong: keeps looping after the limit to count skipped users, instead of breaking.
def process_users(users, max_count=None):
    names = []
    skipped = 0
    for user in users:
        name = user.get("name")
        if user.get("is_active") is not True or not isinstance(name, str) or not name.strip():
            skipped += 1
            continue
        if max_count is None or len(names) < max_count:
            names.append(name.strip())
    return names, skipped
