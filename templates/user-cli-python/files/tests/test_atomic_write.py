import stat
from pathlib import Path

import pytest

from user_cli.atomic_write import write_file_atomic


def test_writes_the_file_creates_folders_and_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "nested" / "users.json"
    write_file_atomic(target, "first")
    write_file_atomic(target, "second")
    assert target.read_text(encoding="utf-8") == "second"
    assert [p.name for p in target.parent.iterdir()] == ["users.json"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # personal data: owner only


def test_keeps_the_old_content_when_the_rename_fails(tmp_path: Path) -> None:
    target = tmp_path / "users.json"
    target.mkdir()  # a folder where the file should be: os.replace refuses
    (target / "keep").write_text("old", encoding="utf-8")
    with pytest.raises(OSError):
        write_file_atomic(target, "new")
    assert (target / "keep").read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["users.json"]
