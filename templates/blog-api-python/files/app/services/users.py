from typing import cast

from sqlalchemy.orm import Session

from app.core.errors import NotFound
from app.models import User, utc_now
from app.schemas.users import Me, PublicUser, UpdateMeIn, UserRole


def to_public_user(user: User) -> PublicUser:
    return PublicUser(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=cast(UserRole, user.role),  # the column's CHECK allows these three only
        bio=user.bio,
        created_at=user.created_at,
    )


def to_me(user: User) -> Me:
    return Me(**to_public_user(user).model_dump(), email=user.email)


def _find(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("User")
    return user


def get_public(session: Session, user_id: int) -> PublicUser:
    return to_public_user(_find(session, user_id))


def get_me(session: Session, user_id: int) -> Me:
    return to_me(_find(session, user_id))


def update_me(session: Session, user_id: int, data: UpdateMeIn) -> Me:
    user = _find(session, user_id)
    if data.display_name is not None:
        user.display_name = data.display_name
    if "bio" in data.model_fields_set:
        user.bio = data.bio
    user.updated_at = utc_now()
    session.commit()
    return to_me(user)
