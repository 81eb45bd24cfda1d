"""The shop API: FastAPI app, services and database models."""
