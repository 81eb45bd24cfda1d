"""The app uvicorn runs: `uvicorn app.main:app`. Settings come from the environment."""

import logging
import sys

from fastapi import FastAPI
from pydantic import ValidationError

from app.core.config import get_settings
from app.factory import create_app


def app_from_environment() -> FastAPI:
    try:
        settings = get_settings()
    except ValidationError as error:
        lines = [f"  {'.'.join(str(p) for p in e['loc']).upper()}: {e['msg']}" for e in error.errors()]
        sys.exit("Refusing to start: invalid environment:\n" + "\n".join(lines))
    problems = settings.problems()
    if problems:
        sys.exit("Refusing to start: " + "\n".join(problems))
    logging.basicConfig(level=settings.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    return create_app(settings)


app = app_from_environment()
