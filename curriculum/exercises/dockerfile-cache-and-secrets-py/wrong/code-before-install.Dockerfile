# syntax=docker/dockerfile:1
FROM python:3.13-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app

COPY . .
# The private index URL (with its token) is mounted for this one command and never written to a layer.
# Build with: docker build --secret id=pipconf,src=$HOME/.config/pip/pip.conf .
RUN --mount=type=secret,id=pipconf,target=/etc/pip.conf \
    pip install --no-cache-dir -r requirements.txt


# SECRET_KEY, DATABASE_URL, ... come from the environment at run time
# (docker run --env-file .env, or compose), never from the image.
RUN useradd --create-home --uid 10001 appuser
USER appuser
EXPOSE 8000
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
