from typing import Annotated

from pydantic import model_validator

from app.schemas.common import InputModel, OutputModel, Timestamp, trimmed


class PublicUser(OutputModel):
    """A public profile: never the password hash or the e-mail address."""

    id: int
    username: str
    bio: str | None
    created_at: Timestamp


class Me(PublicUser):
    """The signed-in user's own profile also shows the e-mail address."""

    email: str


class UpdateMeIn(InputModel):
    bio: Annotated[str, trimmed(0, 500)] | None = None

    @model_validator(mode="after")
    def _not_empty(self) -> "UpdateMeIn":
        if not self.model_fields_set:
            raise ValueError("Send at least one field to update")
        return self
