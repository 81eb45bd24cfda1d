# Debian slim: manylinux wheels install as they are, no compiler needed
FROM python:3.12-alpine

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app

# Requirements first, so the install layer is cached
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

# The rest of the source
COPY . .

# The python images have no app user: create it, then switch to it
RUN useradd --create-home --uid 10001 appuser
USER appuser

# The port uvicorn really listens on
EXPOSE 8000

# 0.0.0.0: reachable through the published port, not only from inside the container
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
