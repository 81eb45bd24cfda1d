"""Typed errors. Services raise these; app/api/errors.py turns each one into
`{"error": {"code", "message", "details"?}}` with the matching HTTP status."""

from typing import TypedDict


class Issue(TypedDict):
    path: str
    message: str


class AppError(Exception):
    status_code = 500
    code = "INTERNAL_ERROR"

    def __init__(
        self, message: str, *, code: str | None = None, details: list[Issue] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code or type(self).code
        self.details = details


class InvalidInput(AppError):
    """A well-formed request whose body, query or path breaks the rules (malformed JSON: 400)."""

    status_code = 422
    code = "VALIDATION_FAILED"

    def __init__(self, details: list[Issue], message: str = "Request validation failed") -> None:
        super().__init__(message, details=details)


class Unauthorized(AppError):
    status_code = 401
    code = "UNAUTHORIZED"

    def __init__(
        self, message: str = "Authentication required", code: str = "UNAUTHORIZED"
    ) -> None:
        super().__init__(message, code=code)


class Forbidden(AppError):
    status_code = 403
    code = "FORBIDDEN"

    def __init__(self, message: str = "You are not allowed to do this") -> None:
        super().__init__(message)


class NotFound(AppError):
    status_code = 404
    code = "NOT_FOUND"

    def __init__(self, resource: str = "Resource") -> None:
        super().__init__(f"{resource} not found")


class Conflict(AppError):
    status_code = 409
    code = "CONFLICT"
