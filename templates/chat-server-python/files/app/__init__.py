"""The chat server: FastAPI HTTP routes, a WebSocket hub and the message store."""
