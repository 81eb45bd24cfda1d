# Wrong: matches the command exactly as typed, so "ADD" and "List" are unknown commands.
import re


def parse_command(args):
    if not args:
        return {"command": "help"}
    match list(args):
        case ["help" | "-h" | "--help", *_]:
            return {"command": "help"}
        case ["add", name, email] if name.strip() and email.strip():
            return {"command": "add", "name": name, "email": email}
        case ["add", *_]:
            return {"command": "error", "message": "Usage: add <name> <email>"}
        case ["list", *options]:
            unknown = [option for option in options if option != "--active"]
            if unknown:
                return {"command": "error", "message": f"Unknown option for list: {unknown[0]}"}
            return {"command": "list", "active_only": "--active" in options}
        case ["delete", user_id] if re.fullmatch(r"[1-9][0-9]*", user_id):
            return {"command": "delete", "id": int(user_id)}
        case ["delete", *_]:
            return {"command": "error", "message": "User id must be a positive integer"}
        case [command, *_]:
            return {"command": "error", "message": f"Unknown command: {command}"}
