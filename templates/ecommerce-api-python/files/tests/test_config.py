import pytest
from pydantic import ValidationError

from app.core.config import DB_ENGINE, Settings


def test_production_refuses_to_start_without_secrets() -> None:
    problems = Settings(_env_file=None, app_env="production", jwt_secret=None, payment_webhook_secret=None).problems()  # type: ignore[call-arg]
    assert any("JWT_SECRET" in p for p in problems)
    assert any("PAYMENT_WEBHOOK_SECRET" in p for p in problems)


def test_development_uses_announced_defaults() -> None:
    settings = Settings(_env_file=None, app_env="development", jwt_secret=None, payment_webhook_secret=None)  # type: ignore[call-arg]
    assert settings.effective_jwt_secret.startswith("dev-only")
    assert len(settings.warnings()) == 2


def test_short_jwt_secret_is_refused() -> None:
    with pytest.raises(ValidationError):
        Settings(_env_file=None, jwt_secret="too-short")  # type: ignore[call-arg]


def test_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PORT", "4321")
    monkeypatch.setenv("CURRENCY", "eur")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert (settings.port, settings.currency) == (4321, "eur")


@pytest.mark.skipif(DB_ENGINE != "postgres", reason="PostgreSQL projects only")
def test_postgres_urls_get_the_psycopg_driver() -> None:
    for given in ("postgres://u@h:5432/db", "postgresql://u@h:5432/db"):
        url = Settings(_env_file=None, database_url=given).sqlalchemy_url()  # type: ignore[call-arg]
        assert url == "postgresql+psycopg://u@h:5432/db"
