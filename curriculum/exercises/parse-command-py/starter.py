# Week 3 — Parse the user CLI's commands
#
# parse_command(args) turns an argument list into one of:
#   {"command": "help"}
#   {"command": "add", "name": ..., "email": ...}
#   {"command": "list", "active_only": ...}
#   {"command": "delete", "id": ...}            (id is an int)
#   {"command": "error", "message": ...}        (see the task for the exact messages)


def parse_command(args):
    raise NotImplementedError("parse_command")
