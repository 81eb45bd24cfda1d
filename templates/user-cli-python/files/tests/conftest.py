from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

import pytest

from tests.cli_runner import Users, run_users
from user_cli.store import UserStore


@pytest.fixture
def users(tmp_path: Path) -> Users:
    """The CLI, run in a fresh temp folder per test."""
    return partial(run_users, tmp_path)


@pytest.fixture
def clock() -> Callable[[], datetime]:
    """A clock that ticks one minute per call, from 2026-01-01 12:00 UTC."""
    start = datetime(2026, 1, 1, 12, tzinfo=UTC)
    minutes = iter(range(10_000))
    return lambda: start + timedelta(minutes=next(minutes))


@pytest.fixture
def store(tmp_path: Path, clock: Callable[[], datetime]) -> UserStore:
    return UserStore(tmp_path / "users.json", now=clock)
# @starter-drop
# @starter-else
#
#
# # Starter project: the tests of features you have not built yet are skipped, naming the stage
# # that builds them (`pytest -rs` lists them). Delete an entry when its stage passes.
# TODO_STAGES = {
#     "tests/test_store.py": "create-users",
#     "tests/test_cli.py": "create-users",
# }
#
#
# def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
#     for item in items:
#         stage = TODO_STAGES.get(item.nodeid) or TODO_STAGES.get(item.nodeid.split("::")[0])
#         if stage:
#             item.add_marker(pytest.mark.skip(reason=f"TODO (stage {stage}): not built yet"))
# @starter-end
