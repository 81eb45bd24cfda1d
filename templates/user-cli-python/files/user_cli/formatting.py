"""How users look on the terminal: details, a table, or JSON for scripts."""

import json

from user_cli.models import User


def format_user(user: User) -> str:
    """One user as aligned "key: value" lines."""
    rows = [
        ("id", str(user.id)),
        ("name", user.name),
        ("email", user.email),
        ("role", user.role),
        ("created", user.created_at),
        ("updated", user.updated_at),
    ]
    width = max(len(key) for key, _ in rows) + 1
    return "".join(f"{key + ':':<{width}} {value}\n" for key, value in rows)


def format_user_table(users: list[User]) -> str:
    """A plain-text table with a header row; columns are as wide as their widest cell."""
    header = ["ID", "NAME", "EMAIL", "ROLE", "CREATED"]
    rows = [[str(u.id), u.name, u.email, u.role, u.created_at[:10]] for u in users]
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=True)]
    lines = (
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True))
        for row in [header, *rows]
    )
    return "".join(line.rstrip() + "\n" for line in lines)


def format_json(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"
