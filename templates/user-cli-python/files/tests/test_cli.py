"""The CLI as a black box: a child process per run, in a temp folder, like a user's shell."""

import json
import re
from pathlib import Path

from tests.cli_runner import Result, Users


def create_ada(users: Users) -> Result:
    return users(
        "create", "--name", "Ada Lovelace", "--email", "ada@example.com", "--role", "admin"
    )


def test_creates_a_user_in_users_json_by_default(users: Users, tmp_path: Path) -> None:
    result = create_ada(users)
    assert result.code == 0
    assert result.stdout.startswith("Created user 1\n")
    assert "email:   ada@example.com" in result.stdout
    saved = json.loads((tmp_path / "users.json").read_text(encoding="utf-8"))
    assert (
        saved["users"][0] | {"id": 1, "name": "Ada Lovelace", "role": "admin"} == saved["users"][0]
    )


def test_uses_users_file_when_set(users: Users, tmp_path: Path) -> None:
    result = users(
        "create",
        "--name",
        "Bob",
        "--email",
        "bob@example.com",
        env={"USERS_FILE": "data/people.json"},
    )
    assert result.code == 0
    assert (tmp_path / "data" / "people.json").exists()
    assert not (tmp_path / "users.json").exists()


def test_lists_users_as_a_table_as_json_and_filtered_by_role(users: Users) -> None:
    create_ada(users)
    users("create", "--name", "Bob", "--email", "bob@example.com")

    table = users("list")
    assert table.code == 0
    lines = table.stdout.rstrip("\n").split("\n")
    assert re.fullmatch(r"ID\s+NAME\s+EMAIL\s+ROLE\s+CREATED", lines[0])
    assert len(lines) == 3

    listed = json.loads(users("list", "--json").stdout)
    assert [u["email"] for u in listed] == ["ada@example.com", "bob@example.com"]

    viewers = json.loads(users("list", "--role", "viewer", "--json").stdout)
    assert [u["name"] for u in viewers] == ["Bob"]


def test_says_so_when_there_are_no_users(users: Users) -> None:
    assert users("list") == Result(0, "No users found.\n", "")


def test_shows_updates_and_deletes_a_user(users: Users) -> None:
    create_ada(users)
    shown = json.loads(users("show", "1", "--json").stdout)
    assert (shown["id"], shown["role"]) == (1, "admin")

    updated = users("update", "1", "--role", "editor", "--name", "Ada King")
    assert updated.code == 0
    assert "name:    Ada King" in updated.stdout
    assert "role:    editor" in updated.stdout

    assert users("delete", "1") == Result(0, "Deleted user 1 (ada@example.com)\n", "")
    assert users("show", "1") == Result(3, "", "Error: User 1 not found\n")


def test_does_not_reuse_ids_after_a_delete(users: Users) -> None:
    create_ada(users)
    users("delete", "1")
    created = users("create", "--name", "Bob", "--email", "bob@example.com")
    assert created.stdout.startswith("Created user 2\n")


def test_exits_2_with_a_clear_message_on_invalid_input(users: Users) -> None:
    assert users("create", "--name", "X", "--email", "not-an-email") == Result(
        2, "", "Error: Email must be a valid email address like name@example.com\n"
    )
    empty_name = users("create", "--name", "  ", "--email", "x@example.com")
    assert empty_name.stderr == "Error: Name must not be empty\n"
    assert users("create", "--name", "X", "--email", "x@example.com", "--role", "root") == Result(
        2, "", "Error: Role must be one of admin, editor, viewer\n"
    )
    assert users("show", "abc") == Result(2, "", "Error: User id must be a positive whole number\n")
    assert users("update", "1").code == 2


def test_lists_every_problem_under_one_message(users: Users) -> None:
    result = users("create", "--name", " ", "--email", "bad")
    assert result.code == 2
    assert result.stderr == (
        "Error: Invalid user\n"
        "  - name must not be empty\n"
        "  - email must be a valid email address like name@example.com\n"
    )


def test_exits_4_when_the_email_is_taken(users: Users) -> None:
    create_ada(users)
    assert users("create", "--name", "Copy", "--email", "ADA@example.com") == Result(
        4, "", "Error: Email ada@example.com is already used by user 1\n"
    )


def test_exits_2_on_usage_errors_reported_by_argparse(users: Users) -> None:
    missing = users("create", "--name", "X")
    assert missing.code == 2
    assert "--email" in missing.stderr
    assert users("frobnicate").code == 2
    assert users("list", "--colour").code == 2
    assert users().code == 2


def test_exits_5_when_the_users_file_is_corrupt(users: Users, tmp_path: Path) -> None:
    (tmp_path / "users.json").write_text("garbage", encoding="utf-8")
    result = users("list")
    assert result.code == 5
    assert re.match(r"Error: Users file .*users\.json is not valid JSON", result.stderr)


def test_prints_help_and_version_with_exit_code_0(users: Users) -> None:
    shown = users("--help")
    assert shown.code == 0
    assert "Usage: users" in shown.stdout
    for command in ["create", "list", "show", "update", "delete"]:
        assert command in shown.stdout
    assert users("create", "--help").code == 0
    assert re.fullmatch(r"\d+\.\d+\.\d+\n", users("--version").stdout)
