"""Typed errors, each with the exit code scripts can rely on (documented in the README)."""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    UNEXPECTED = 1
    USAGE = 2
    NOT_FOUND = 3
    CONFLICT = 4
    STORAGE = 5


class AppError(Exception):
    """An error we expect and report nicely; anything else is a bug."""

    exit_code: ExitCode = ExitCode.UNEXPECTED

    def __init__(self, message: str, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        #: extra lines printed under the message, e.g. one per invalid field
        self.details = details or []


class ValidationError(AppError):
    """Bad input: invalid email, empty name, unknown role, malformed id, nothing to update."""

    exit_code = ExitCode.USAGE


class NotFoundError(AppError):
    exit_code = ExitCode.NOT_FOUND


class ConflictError(AppError):
    """The request is valid but clashes with existing data (e.g. the email is taken)."""

    exit_code = ExitCode.CONFLICT


class StorageError(AppError):
    """The users file cannot be read, parsed or written."""

    exit_code = ExitCode.STORAGE
# @starter-drop
# @starter-else
#
#
# class NotImplementedCommand(AppError):
#     """A command you have not built yet: the message names the review stage it belongs to."""
# @starter-end
