from typing import Annotated, Literal

from pydantic import AfterValidator, Field, StringConstraints

from app.schemas.common import InputModel, OutputModel, matches, trimmed
from app.schemas.users import DisplayName, Me

# The pattern zod uses for e-mail addresses (the TypeScript version of this API).
EMAIL_PATTERN = (
    r"(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@"
    r"(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}"
)


def _at_most_72_bytes(password: str) -> str:
    # bcrypt only looks at the first 72 bytes (and bcrypt 5 refuses more), so say so up front.
    if len(password.encode("utf-8")) > 72:
        raise ValueError("Password must be at most 72 bytes")
    return password


Email = Annotated[
    str,
    StringConstraints(max_length=254),
    matches(EMAIL_PATTERN, "Invalid email address"),
    AfterValidator(str.lower),
]
Username = Annotated[
    str,
    trimmed(3, 30),
    matches(r"[a-zA-Z0-9_]+", "Use letters, digits and underscores only"),
    AfterValidator(str.lower),
]
NewPassword = Annotated[
    str,
    Field(min_length=8, description="8 characters to 72 bytes"),
    AfterValidator(_at_most_72_bytes),
]


class RegisterIn(InputModel):
    email: Email
    username: Username
    display_name: DisplayName | None = Field(default=None, description="Defaults to the username")
    password: NewPassword


class LoginIn(InputModel):
    email: Email
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024)]


class RefreshIn(InputModel):
    refresh_token: Annotated[str, StringConstraints(min_length=20, max_length=200)]


class TokenPair(OutputModel):
    access_token: str
    refresh_token: str
    token_type: Literal["Bearer"] = "Bearer"  # noqa: S105 (a scheme name)
    expires_in: int = Field(description="Access token lifetime in seconds")


class AuthResult(OutputModel):
    user: Me
    tokens: TokenPair
