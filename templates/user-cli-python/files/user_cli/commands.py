"""One function per sub-command: take the parsed arguments, return the text for stdout."""

from argparse import Namespace

from user_cli.formatting import format_json, format_user, format_user_table
from user_cli.store import UserStore
from user_cli.validation import check_id, check_role, validate


def create(store: UserStore, args: Namespace) -> str:
    # Validation (email format, unique email, role) happens in the store, in one place.
    user = store.create(args.name, args.email, args.role)
    return (
        format_json(user.to_json()) if args.json else f"Created user {user.id}\n{format_user(user)}"
    )


def list_users(store: UserStore, args: Namespace) -> str:
    role = None if args.role is None else validate(check_role, args.role, "role")
    users = store.list(role)
    if args.json:
        return format_json([user.to_json() for user in users])
    return format_user_table(users) if users else "No users found.\n"


def show(store: UserStore, args: Namespace) -> str:
    user = store.get(validate(check_id, args.id, "user id"))
    return format_json(user.to_json()) if args.json else format_user(user)


def update(store: UserStore, args: Namespace) -> str:
    user_id = validate(check_id, args.id, "user id")
    user = store.update(user_id, name=args.name, email=args.email, role=args.role)
    return (
        format_json(user.to_json()) if args.json else f"Updated user {user.id}\n{format_user(user)}"
    )


def delete(store: UserStore, args: Namespace) -> str:
    user = store.delete(validate(check_id, args.id, "user id"))
    return f"Deleted user {user.id} ({user.email})\n"
