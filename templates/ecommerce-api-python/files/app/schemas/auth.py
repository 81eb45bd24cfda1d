import re
from typing import Annotated

from pydantic import AfterValidator, Field

from app.schemas.common import ApiModel, trimmed

EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"


def _email(value: str) -> str:
    email = value.strip().lower()
    if len(email) > 254 or not re.match(EMAIL_PATTERN, email):
        raise ValueError("Invalid email address")
    return email


Email = Annotated[str, AfterValidator(_email)]


def _fits_bcrypt(password: str) -> str:
    # bcrypt only looks at the first 72 bytes (and bcrypt 5 refuses longer input).
    if len(password.encode()) > 72:
        raise ValueError("Password must be at most 72 bytes")
    return password


Password = Annotated[str, Field(min_length=8), AfterValidator(_fits_bcrypt)]


class RegisterBody(ApiModel):
    email: Email
    password: Password
    name: Annotated[str, trimmed(1, 100)]


class LoginBody(ApiModel):
    email: Email
    password: Annotated[str, Field(min_length=1, max_length=200)]


class UserOut(ApiModel):
    id: int
    email: str
    name: str
    role: str
    created_at: str


class SessionOut(ApiModel):
    user: UserOut
    access_token: str
    token_type: str = "Bearer"  # noqa: S105 (a scheme name, not a secret)
    expires_in: int
