FROM python:3.13-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app

# One of our packages comes from the company's private index, so pip needs a token
ARG PIP_INDEX_TOKEN=pypi-AgEIcHlwaS5vcmcCJGQ2YjNkZTVh

# Copy the app and install its dependencies
COPY . .
RUN pip install --index-url https://__token__:${PIP_INDEX_TOKEN}@pypi.example.com/simple -r requirements.txt

# Runtime configuration
COPY .env .
ENV SECRET_KEY=dev-secret-change-me
ENV DATABASE_PASSWORD=postgres

RUN useradd --create-home --uid 10001 appuser
USER appuser
EXPOSE 8000
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
