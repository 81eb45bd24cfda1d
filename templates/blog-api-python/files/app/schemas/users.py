from typing import Annotated, Any, Literal

from pydantic import field_validator, model_validator

from app.schemas.common import InputModel, OutputModel, Timestamp, trimmed

UserRole = Literal["reader", "author", "admin"]  # users.role's CHECK

# users.display_name: 1 to 100 characters, as the database's CHECK says.
DisplayName = Annotated[str, trimmed(1, 100)]


class PublicUser(OutputModel):
    """A public profile: never the password hash or the e-mail address."""

    id: int
    username: str
    display_name: str
    role: UserRole
    bio: str | None
    created_at: Timestamp


class Me(PublicUser):
    """The signed-in user's own profile also shows the e-mail address."""

    email: str


class UpdateMeIn(InputModel):
    display_name: DisplayName | None = None
    bio: Annotated[str, trimmed(0, 500)] | None = None

    @field_validator("display_name", mode="before")
    @classmethod
    def _display_name_not_null(cls, value: Any) -> Any:
        if value is None:
            raise ValueError("displayName cannot be null")  # the column is NOT NULL
        return value

    @model_validator(mode="after")
    def _not_empty(self) -> "UpdateMeIn":
        if not self.model_fields_set:
            raise ValueError("Send at least one field to update")
        return self
