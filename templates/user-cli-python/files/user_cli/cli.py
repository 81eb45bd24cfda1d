"""Entry point: parses the command line, runs one command, maps errors to exit codes."""

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TextIO

from user_cli import __version__, commands
from user_cli.config import resolve_users_file
from user_cli.errors import AppError, ExitCode
from user_cli.models import ROLES
from user_cli.store import UserStore

Command = Callable[[UserStore, argparse.Namespace], str]


class _Formatter(argparse.HelpFormatter):
    """argparse's help, with "Usage:" capitalised like the rest of the output."""

    def add_usage(
        self,
        usage: str | None,
        actions: "Sequence[argparse.Action]",
        groups: "Sequence[argparse._MutuallyExclusiveGroup]",
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, "Usage: " if prefix is None else prefix)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="users",
        description="Manage users stored in a local JSON file (USERS_FILE, default ./users.json).",
        formatter_class=_Formatter,
        allow_abbrev=False,
    )
    parser.add_argument("-v", "--version", action="version", version=__version__)
    sub = parser.add_subparsers(title="commands", metavar="<command>", required=True)
    roles = ", ".join(ROLES)

    def command(name: str, help_text: str, handler: Command) -> argparse.ArgumentParser:
        cmd = sub.add_parser(
            name,
            help=help_text,
            description=help_text,
            formatter_class=_Formatter,
            allow_abbrev=False,
        )
        cmd.set_defaults(handler=handler)
        return cmd

    create = command("create", "create a user", commands.create)
    create.add_argument("--name", required=True, help="full name (not empty)")
    create.add_argument("--email", required=True, help="email address (unique)")
    create.add_argument("--role", help=f"one of {roles} (default: viewer)")
    create.add_argument("--json", action="store_true", help="print the user as JSON")

    list_ = command("list", "list users, oldest first", commands.list_users)
    list_.add_argument("--role", help=f"only users with this role ({roles})")
    list_.add_argument("--json", action="store_true", help="print a JSON array")

    show = command("show", "show one user", commands.show)
    show.add_argument("id", help="user id")
    show.add_argument("--json", action="store_true", help="print the user as JSON")

    update = command("update", "change a user (give at least one option)", commands.update)
    update.add_argument("id", help="user id")
    update.add_argument("--name", help="new name")
    update.add_argument("--email", help="new email address (unique)")
    update.add_argument("--role", help=f"new role: {roles}")
    update.add_argument("--json", action="store_true", help="print the user as JSON")

    delete = command("delete", "delete a user (its id is never reused)", commands.delete)
    delete.add_argument("id", help="user id")
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Runs one command and returns the exit code. Tests pass their own env, folder and streams."""
    out, err = stdout or sys.stdout, stderr or sys.stderr
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:
        # argparse has printed help, the version, or a usage error.
        return ExitCode.OK if exit_.code in (0, None) else ExitCode.USAGE

    store = UserStore(resolve_users_file(os.environ if env is None else env, cwd or Path.cwd()))
    try:
        out.write(args.handler(store, args))
    except AppError as error:
        details = "".join(f"  - {line}\n" for line in error.details)
        err.write(f"Error: {error.message}\n{details}")
        return error.exit_code
    except Exception:
        err.write(f"Unexpected error: {traceback.format_exc()}")
        return ExitCode.UNEXPECTED
    return ExitCode.OK
