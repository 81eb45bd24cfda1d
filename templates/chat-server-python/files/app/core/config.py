"""Settings from environment variables (and `.env`), validated once at start-up."""

from functools import lru_cache
from typing import Literal

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

# Publicly known, so only ever used outside production (and announced in a log line).
DEV_JWT_SECRET = "dev-only-insecure-jwt-secret-do-not-use-in-production"  # noqa: S105


class Settings(BaseSettings):
    # Variables already set in the environment win over .env; empty values count as unset.
    model_config = SettingsConfigDict(env_file=".env", env_ignore_empty=True, extra="ignore", populate_by_name=True)

    app_env: Literal["development", "production", "test"] = "development"
    host: str = "127.0.0.1"
    port: int = Field(default=3000, ge=0, le=65_535)
    log_level: Literal["debug", "info", "warning", "error", "critical"] = "info"

    jwt_secret: str | None = Field(default=None, min_length=32)
    token_ttl_seconds: int = Field(default=900, ge=10, le=86_400)
    # SQLITE_FILE is accepted too (the name the other SQLite projects of the course use).
    database_path: str = Field(default="./data/chat.db", validation_alias=AliasChoices("DATABASE_PATH", "SQLITE_FILE"))

    history_limit: int = Field(default=50, ge=0, le=500)
    max_message_bytes: int = Field(default=16_384, ge=1_024, le=1_048_576)
    max_rooms_per_connection: int = Field(default=20, ge=1, le=1_000)
    rate_limit_burst: int = Field(default=10, ge=1, le=10_000)
    rate_limit_per_second: int = Field(default=5, ge=1, le=10_000)
    # Rejected frames tolerated within 10 s before the socket is closed with 1008.
    rate_limit_max_violations: int = Field(default=20, ge=1, le=10_000)
    # uvicorn pings every client this often and drops one that does not answer in time.
    heartbeat_interval_ms: int = Field(default=30_000, ge=10, le=3_600_000)

    @property
    def effective_jwt_secret(self) -> str:
        return self.jwt_secret or DEV_JWT_SECRET

    def problems(self) -> list[str]:
        """Settings that make the app refuse to start."""
        if self.app_env == "production" and not self.jwt_secret:
            return [
                "JWT_SECRET is required when APP_ENV=production. Set it to a random string of at least 32 "
                'characters, e.g. the output of: python -c "import secrets; print(secrets.token_urlsafe(48))"'
            ]
        return []

    def warnings(self) -> list[str]:
        if not self.jwt_secret:
            return ["JWT_SECRET is not set: using the development default (never in production)."]
        return []


@lru_cache
def get_settings() -> Settings:
    return Settings()
