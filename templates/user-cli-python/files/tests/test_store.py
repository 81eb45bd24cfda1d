import json
from pathlib import Path

import pytest

from user_cli.errors import ConflictError, NotFoundError, StorageError, ValidationError
from user_cli.models import User
from user_cli.store import UserStore


def test_starts_empty_when_the_file_does_not_exist(store: UserStore) -> None:
    assert store.list() == []
    assert not store.path.exists()  # reading never creates the file


def test_creates_users_with_increasing_ids_and_timestamps_and_persists_them(
    store: UserStore,
) -> None:
    ada = store.create("Ada", "ada@example.com", "admin")
    bob = store.create("Bob", "bob@example.com")
    assert ada == User(
        1, "Ada", "ada@example.com", "admin", "2026-01-01T12:00:00.000Z", "2026-01-01T12:00:00.000Z"
    )
    assert (bob.id, bob.role) == (2, "viewer")
    assert UserStore(store.path).list() == [ada, bob]
    on_disk = json.loads(store.path.read_text(encoding="utf-8"))
    assert (on_disk["version"], on_disk["nextId"]) == (1, 3)
    assert on_disk["users"][0]["createdAt"] == "2026-01-01T12:00:00.000Z"


def test_filters_by_role(store: UserStore) -> None:
    store.create("Ada", "ada@example.com", "admin")
    store.create("Bob", "bob@example.com")
    assert [u.name for u in store.list("viewer")] == ["Bob"]


def test_refuses_a_taken_email_case_insensitively(store: UserStore) -> None:
    store.create("Ada", "ada@example.com")
    with pytest.raises(ConflictError, match=r"^Email ada@example.com is already used by user 1$"):
        store.create("Copy", "ADA@Example.com")


def test_updates_only_the_given_fields_and_the_updated_time(store: UserStore) -> None:
    ada = store.create("Ada", "ada@example.com", "admin")
    updated = store.update(1, role="editor")
    assert (updated.name, updated.role, updated.created_at) == ("Ada", "editor", ada.created_at)
    assert updated.updated_at == "2026-01-01T12:01:00.000Z"
    assert store.get(1) == updated


def test_update_checks_input_before_existence(store: UserStore) -> None:
    with pytest.raises(ValidationError, match=r"^Nothing to update"):
        store.update(99)
    with pytest.raises(NotFoundError, match=r"^User 99 not found$"):
        store.update(99, name="X")
    store.create("Ada", "ada@example.com")
    store.create("Bob", "bob@example.com")
    with pytest.raises(ConflictError):
        store.update(2, email="ada@example.com")
    assert store.update(1, email="ADA@example.com").email == "ada@example.com"  # own email is fine


def test_deletes_and_never_reuses_ids(store: UserStore) -> None:
    store.create("Ada", "ada@example.com")
    assert store.delete(1).email == "ada@example.com"
    with pytest.raises(NotFoundError):
        store.get(1)
    with pytest.raises(NotFoundError):
        store.delete(1)
    assert store.create("Bob", "bob@example.com").id == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("garbage", "is not valid JSON"),
        ('{"version": 2, "nextId": 1, "users": []}', "has an unexpected format"),
        ('{"version": 1, "nextId": 1, "users": [{"id": 1}]}', "has an unexpected format"),
        ("[]", "has an unexpected format"),
    ],
)
def test_reports_a_corrupt_file_and_never_overwrites_it(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "users.json"
    path.write_text(content, encoding="utf-8")
    store = UserStore(path)
    with pytest.raises(StorageError, match=message):
        store.list()
    with pytest.raises(StorageError):
        store.create("Ada", "ada@example.com")
    assert path.read_text(encoding="utf-8") == content


def test_names_every_broken_field_of_a_corrupt_file(tmp_path: Path) -> None:
    path = tmp_path / "users.json"
    path.write_text('{"version": 1, "nextId": 2, "users": [{"id": 1, "role": "root"}]}')
    with pytest.raises(StorageError) as caught:
        UserStore(path).list()
    assert "users.0.role: must be one of admin, editor, viewer" in caught.value.details
    assert "users.0.email: must be text" in caught.value.details
