# Wrong: args.pop(0) removes the command from the caller's own list.
import re


def parse_command(args):
    if not args:
        return {"command": "help"}
    command = args.pop(0)
    rest = args
    name = command.lower()
    if name in ("help", "-h", "--help"):
        return {"command": "help"}
    if name == "add":
        if len(rest) == 2 and rest[0].strip() and rest[1].strip():
            return {"command": "add", "name": rest[0], "email": rest[1]}
        return {"command": "error", "message": "Usage: add <name> <email>"}
    if name == "list":
        unknown = [option for option in rest if option != "--active"]
        if unknown:
            return {"command": "error", "message": f"Unknown option for list: {unknown[0]}"}
        return {"command": "list", "active_only": "--active" in rest}
    if name == "delete":
        if len(rest) == 1 and re.fullmatch(r"[1-9][0-9]*", rest[0]):
            return {"command": "delete", "id": int(rest[0])}
        return {"command": "error", "message": "User id must be a positive integer"}
    return {"command": "error", "message": f"Unknown command: {command}"}
