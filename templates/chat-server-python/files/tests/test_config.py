import pytest
from pydantic import ValidationError

from app.core.config import Settings


def test_production_refuses_to_start_without_a_secret() -> None:
    settings = Settings(_env_file=None, app_env="production", jwt_secret=None)  # type: ignore[call-arg]
    assert "JWT_SECRET is required" in settings.problems()[0]


def test_development_uses_an_announced_default() -> None:
    settings = Settings(_env_file=None, app_env="development", jwt_secret=None)  # type: ignore[call-arg]
    assert settings.effective_jwt_secret.startswith("dev-only")
    assert settings.warnings()


def test_short_secrets_and_bad_numbers_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValidationError):
        Settings(_env_file=None, jwt_secret="short")  # type: ignore[call-arg]
    monkeypatch.setenv("RATE_LIMIT_BURST", "0")
    with pytest.raises(ValidationError):
        Settings(_env_file=None)  # type: ignore[call-arg]


def test_reads_the_same_variables_as_the_node_version(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PORT", "4001")
    monkeypatch.setenv("DATABASE_PATH", "data/elsewhere.db")
    monkeypatch.setenv("TOKEN_TTL_SECONDS", "120")
    monkeypatch.setenv("HISTORY_LIMIT", "10")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert (settings.port, settings.database_path, settings.token_ttl_seconds, settings.history_limit) == (
        4001,
        "data/elsewhere.db",
        120,
        10,
    )


def test_sqlite_file_is_accepted_for_the_database_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SQLITE_FILE", "data/review.db")
    assert Settings(_env_file=None).database_path == "data/review.db"  # type: ignore[call-arg]
