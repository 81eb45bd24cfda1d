"""`python -m app`: serve on HOST:PORT from the settings (uvicorn app.main:app does the same)."""

import uvicorn

from app.core.config import ConfigError, get_settings

if __name__ == "__main__":
    try:
        settings = get_settings()
    except ConfigError as error:
        raise SystemExit(f"Refusing to start: {error}") from None
    uvicorn.run("app.main:app", host=settings.host, port=settings.port)
