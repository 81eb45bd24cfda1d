"""Users kept in one JSON file.

Every command loads the file, changes it in memory and writes it back atomically. One CLI process
runs one command, so that is simple and safe; two commands racing can lose one update, but never
corrupt the file.
"""

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from user_cli.atomic_write import write_file_atomic
# @starter-drop
from user_cli.errors import ConflictError, NotFoundError, StorageError, ValidationError
from user_cli.models import Role, User, iso_timestamp
from user_cli.users_file import UsersFile, parse_users_file
from user_cli.validation import check_email, check_name, check_role, optional, validate_fields
# @starter-else
# from user_cli.errors import ConflictError, NotFoundError, NotImplementedCommand, StorageError
# from user_cli.models import Role, User
# from user_cli.users_file import UsersFile, parse_users_file
# from user_cli.validation import check_email, check_name, check_role, optional
# @starter-end

CREATE_RULES = {
    "name": check_name,
    "email": check_email,
    "role": lambda value: "viewer" if value is None else check_role(value),
}
UPDATE_RULES = {
    "name": optional(check_name),
    "email": optional(check_email),
    "role": optional(check_role),
}


class UserStore:
    def __init__(self, path: Path, now: Callable[[], datetime] | None = None) -> None:
        self.path = path
        self._now = now or (lambda: datetime.now(UTC))

    def list(self, role: Role | None = None) -> list[User]:
        users = self._load().users
        return users if role is None else [user for user in users if user.role == role]

    def get(self, user_id: int) -> User:
        for user in self._load().users:
            if user.id == user_id:
                return user
        raise NotFoundError(f"User {user_id} not found")

    def create(self, name: str | None, email: str | None, role: str | None = None) -> User:
        """Raw input, e.g. straight from command-line options: validated here, in one place."""
        # @starter-replace: (stage create-users) validate (CREATE_RULES), refuse a taken e-mail, next id, save
        data = validate_fields(CREATE_RULES, {"name": name, "email": email, "role": role}, "user")
        file = self._load()
        _assert_email_free(file, str(data["email"]))
        timestamp = iso_timestamp(self._now())
        user = User(
            file.next_id,
            str(data["name"]),
            str(data["email"]),
            check_role(data["role"]),
            timestamp,
            timestamp,
        )
        file.users.append(user)
        file.next_id += 1
        self._save(file)
        return user
        # @starter-else
        # raise NotImplementedCommand("TODO (stage create-users): users create adds a user")
        # @starter-end

    def update(
        self,
        user_id: int,
        name: str | None = None,
        email: str | None = None,
        role: str | None = None,
    ) -> User:
        # @starter-replace: (stage update-user) validate the patch, refuse an empty one, unique e-mail, save
        patch = {"name": name, "email": email, "role": role}
        checked = validate_fields(UPDATE_RULES, patch, "update")
        changes = {key: str(value) for key, value in checked.items() if value is not None}
        if not changes:
            raise ValidationError("Nothing to update: give at least one of name, email or role")
        file = self._load()
        index = _index_of(file, user_id)
        if "email" in changes:
            _assert_email_free(file, changes["email"], except_id=user_id)
        updated = file.users[index].with_changes(changes, iso_timestamp(self._now()))
        file.users[index] = updated
        self._save(file)
        return updated
        # @starter-else
        # raise NotImplementedCommand("TODO (stage update-user): users update changes a user")
        # @starter-end

    def delete(self, user_id: int) -> User:
        # @starter-replace: (stage delete-user) remove the user (exit 3 when unknown), save; never reuse ids
        file = self._load()
        # next_id is left alone: the id of a deleted user is never reused.
        removed = file.users.pop(_index_of(file, user_id))
        self._save(file)
        return removed
        # @starter-else
        # raise NotImplementedCommand("TODO (stage delete-user): users delete ID removes a user")
        # @starter-end

    def _load(self) -> UsersFile:
        """A missing file is an empty store; a broken one is an error (and is never overwritten)."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return UsersFile()
        except OSError as error:
            raise StorageError(f"Cannot read users file {self.path}: {error}") from error
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise StorageError(
                f"Users file {self.path} is not valid JSON: {error}",
                ["Fix the file by hand, or move it away to start with an empty store."],
            ) from error
        file, problems = parse_users_file(data)
        if file is None:
            raise StorageError(f"Users file {self.path} has an unexpected format", problems)
        return file

    def _save(self, file: UsersFile) -> None:
        text = json.dumps(file.to_json(), indent=2, ensure_ascii=False) + "\n"
        try:
            write_file_atomic(self.path, text)
        except OSError as error:
            raise StorageError(f"Cannot write users file {self.path}: {error}") from error


def _index_of(file: UsersFile, user_id: int) -> int:
    for index, user in enumerate(file.users):
        if user.id == user_id:
            return index
    raise NotFoundError(f"User {user_id} not found")


def _assert_email_free(file: UsersFile, email: str, except_id: int | None = None) -> None:
    for user in file.users:
        if user.email == email and user.id != except_id:
            raise ConflictError(f"Email {email} is already used by user {user.id}")
