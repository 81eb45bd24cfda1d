from pathlib import Path

import pytest

from app.core.config import DEV_JWT_SECRET, ConfigError, Settings, load_settings


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ENVIRONMENT", "NODE_ENV", "JWT_SECRET", "ACCESS_TOKEN_TTL_SECONDS", "PORT"):
        monkeypatch.delenv(name, raising=False)


def load(monkeypatch: pytest.MonkeyPatch, **env: str) -> Settings:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return load_settings(_env_file=None)


def test_refuses_to_start_in_production_without_jwt_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigError, match="JWT_SECRET is required"):
        load(monkeypatch, ENVIRONMENT="production")
    with pytest.raises(ConfigError, match="JWT_SECRET is required"):
        load(monkeypatch, NODE_ENV="production")  # the Node variable name works too


def test_uses_an_explicit_development_secret_outside_production(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = load(monkeypatch, ENVIRONMENT="development")
    assert settings.using_dev_secret
    assert settings.signing_key == DEV_JWT_SECRET
    assert settings.access_token_ttl_seconds == 900


def test_treats_an_empty_variable_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    assert load(monkeypatch, ENVIRONMENT="development", JWT_SECRET="").using_dev_secret
    with pytest.raises(ConfigError, match="JWT_SECRET is required"):
        load(monkeypatch, ENVIRONMENT="production", JWT_SECRET="")


def test_rejects_a_short_jwt_secret_and_bad_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigError, match=r"JWT_SECRET: .*at least 32"):
        load(monkeypatch, ENVIRONMENT="production", JWT_SECRET="short")
    with pytest.raises(ConfigError, match="PORT"):
        load(monkeypatch, PORT="not-a-port")


def test_reads_the_same_variables_as_the_node_version(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    settings = load(
        monkeypatch,
        PORT="4000",
        JWT_SECRET="s" * 40,
        ACCESS_TOKEN_TTL_SECONDS="60",
        AUTH_RATE_LIMIT_MAX="7",
        SQLITE_FILE=str(tmp_path / "other.db"),
    )
    assert (settings.port, settings.access_token_ttl_seconds) == (4000, 60)
    assert settings.auth_rate_limit_max == 7
    assert settings.sqlite_file == str(tmp_path / "other.db")
    assert not settings.using_dev_secret
