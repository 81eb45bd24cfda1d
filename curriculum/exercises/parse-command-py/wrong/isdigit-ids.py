# Wrong: str.isdigit() is True for "²" and "٣" (int("²") then raises ValueError), and it
# accepts the leading zero of "007".
def parse_command(args):
    if not args:
        return {"command": "help"}
    command, *rest = args
    match [command.lower(), *rest]:
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
        case ["delete", user_id] if user_id.isdigit() and int(user_id) > 0:
            return {"command": "delete", "id": int(user_id)}
        case ["delete", *_]:
            return {"command": "error", "message": "User id must be a positive integer"}
        case _:
            return {"command": "error", "message": f"Unknown command: {command}"}
