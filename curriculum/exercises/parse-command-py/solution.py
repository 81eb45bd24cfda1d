# Week 3 — Parse the user CLI's commands (reference solution)
import re
from collections.abc import Sequence
from typing import Any

# fullmatch anchors both ends; [0-9] is ASCII only, unlike \d, which matches any Unicode digit.
POSITIVE_INTEGER = re.compile(r"[1-9][0-9]*")


def _error(message: str) -> dict[str, Any]:
    return {"command": "error", "message": message}


def parse_command(args: Sequence[str]) -> dict[str, Any]:
    if not args:
        return {"command": "help"}
    # Unpacking builds a new list: the caller's args stay as they were.
    command, *rest = args

    # Cases are tried top to bottom; there is no fall-through.
    match [command.lower(), *rest]:
        case ["help" | "-h" | "--help", *_]:
            return {"command": "help"}
        case ["add", name, email] if name.strip() and email.strip():
            return {"command": "add", "name": name, "email": email}
        case ["add", *_]:
            return _error("Usage: add <name> <email>")
        case ["list", *options]:
            unknown = [option for option in options if option != "--active"]
            if unknown:
                return _error(f"Unknown option for list: {unknown[0]}")
            return {"command": "list", "active_only": "--active" in options}
        case ["delete", user_id] if POSITIVE_INTEGER.fullmatch(user_id):
            return {"command": "delete", "id": int(user_id)}
        case ["delete", *_]:
            return _error("User id must be a positive integer")
        case _:
            return _error(f"Unknown command: {command}")
