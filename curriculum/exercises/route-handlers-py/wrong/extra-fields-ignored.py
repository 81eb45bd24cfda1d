# Week 7 — Route handlers as plain functions (WRONG: unknown fields such as "role" are silently ignored)
import re
from typing import Any

# ASCII digits only: int() and str.isdigit() also accept " 2", "1_0" and "٢".
POSITIVE_INTEGER = re.compile(r"[1-9][0-9]*")
EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")
PUBLIC_FIELDS = ("id", "name", "email")
ALLOWED_BODY_FIELDS = {"name", "email"}


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, details: list[dict] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.details = status, code, message, details


def to_public(user: dict) -> dict:
    # An allow-list: a new sensitive column can never leak by accident.
    return {key: user[key] for key in PUBLIC_FIELDS}


def list_users(db) -> tuple[int, dict]:
    return 200, {"data": [to_public(user) for user in db.list_users()]}


def get_user(user_id: str, db) -> tuple[int, dict]:
    if not isinstance(user_id, str) or not POSITIVE_INTEGER.fullmatch(user_id):
        detail = {"field": "user_id", "message": "must be a positive integer"}
        raise ApiError(422, "VALIDATION_FAILED", "Request is invalid", [detail])
    user = db.find_user_by_id(int(user_id))
    if user is None:
        raise ApiError(404, "NOT_FOUND", f"User {user_id} not found")
    return 200, {"data": to_public(user)}


def validate_user_create(body: Any) -> dict[str, str]:
    """What a Pydantic model with extra="forbid" and str_strip_whitespace=True would do."""
    if not isinstance(body, dict):
        detail = {"field": "body", "message": "must be a JSON object"}
        raise ApiError(422, "VALIDATION_FAILED", "Request is invalid", [detail])

    details: list[dict[str, str]] = []
    name, email = body.get("name"), body.get("email")
    name = name.strip() if isinstance(name, str) else None
    email = email.strip() if isinstance(email, str) else None
    if not name or len(name) > 100:
        details.append({"field": "name", "message": "must be a string of 1 to 100 characters"})
    if email is None or not EMAIL.fullmatch(email):
        details.append({"field": "email", "message": "must be a valid email address"})
    # Report every problem at once, so the client can fix its form in one round trip.
    if details:
        raise ApiError(422, "VALIDATION_FAILED", "Request is invalid", details)
    return {"name": name, "email": email.lower()}


def create_user(body: Any, db) -> tuple[int, dict]:
    fields = validate_user_create(body)
    if db.find_user_by_email(fields["email"]) is not None:
        raise ApiError(409, "EMAIL_TAKEN", "A user with this email already exists")
    return 201, {"data": to_public(db.insert_user(**fields))}
