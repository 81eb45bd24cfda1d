from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.core.config import Settings
from app.core.errors import Conflict, Unauthorized
from app.core.security import create_access_token, dummy_hash, hash_password, verify_password
from app.models import User, utc_now
from app.schemas.auth import AuthResult, LoginIn, RegisterIn, TokenPair
from app.services import refresh_tokens
from app.services.users import to_me


def register(session: Session, settings: Settings, data: RegisterIn) -> AuthResult:
    # Hash first: bcrypt is slow on purpose, and SQLite holds its write lock per transaction.
    password_hash = hash_password(data.password, settings.bcrypt_rounds)
    taken = session.scalars(
        select(User).where(or_(User.email == data.email, User.username == data.username))
    ).first()
    if taken is not None:
        raise Conflict(
            "E-mail is already registered" if taken.email == data.email else "Username is taken"
        )
    now = utc_now()
    user = User(
        email=data.email,
        username=data.username,
        display_name=data.display_name or data.username,
        password_hash=password_hash,
        role="reader",
        bio=None,
        created_at=now,
        updated_at=now,
    )
    session.add(user)
    try:
        session.flush()
    except IntegrityError:
        # Two sign-ups racing for the same e-mail: the UNIQUE constraint decides.
        session.rollback()
        raise Conflict("E-mail or username is already taken") from None
    tokens = _issue_tokens(session, settings, user)
    session.commit()
    return AuthResult(user=to_me(user), tokens=tokens)


def login(session: Session, settings: Settings, data: LoginIn) -> AuthResult:
    user = session.scalars(select(User).where(User.email == data.email)).first()
    session.commit()  # end the read before the slow password check
    ok = verify_password(
        data.password, user.password_hash if user else dummy_hash(settings.bcrypt_rounds)
    )
    if user is None or not ok:
        # Same answer for both cases: do not reveal which e-mails exist.
        raise Unauthorized("Invalid e-mail or password", "INVALID_CREDENTIALS")
    tokens = _issue_tokens(session, settings, user)
    session.commit()
    return AuthResult(user=to_me(user), tokens=tokens)


def refresh(session: Session, settings: Settings, presented: str) -> TokenPair:
    user_id, refresh_token = refresh_tokens.rotate(
        session, presented, settings.refresh_token_ttl_days
    )
    user = session.get(User, user_id)
    if user is None:
        raise Unauthorized("Invalid refresh token", "INVALID_REFRESH_TOKEN")
    return _pair(settings, create_access_token(settings, user.id, user.username), refresh_token)


def logout(session: Session, presented: str) -> None:
    refresh_tokens.revoke(session, presented)


def _issue_tokens(session: Session, settings: Settings, user: User) -> TokenPair:
    refresh_token = refresh_tokens.issue(session, user.id, settings.refresh_token_ttl_days)
    return _pair(settings, create_access_token(settings, user.id, user.username), refresh_token)


def _pair(settings: Settings, access_token: str, refresh_token: str) -> TokenPair:
    return TokenPair(
        access_token=access_token,
        refresh_token=refresh_token,
        token_type="Bearer",  # noqa: S106 (a scheme name)
        expires_in=settings.access_token_ttl_seconds,
    )
