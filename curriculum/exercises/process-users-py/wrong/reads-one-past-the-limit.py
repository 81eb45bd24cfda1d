# Wrong: checks the limit at the top of the loop, so it reads one more user than it needs
# from a generator (a database cursor would fetch an extra row).
def process_users(users, max_count=None):
    names = []
    skipped = 0
    for user in users:
        if max_count is not None and len(names) >= max_count:
            break
        name = user.get("name")
        if user.get("is_active") is not True or not isinstance(name, str) or not name.strip():
            skipped += 1
            continue
        names.append(name.strip())
    return names, skipped
