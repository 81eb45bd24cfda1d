"""Dependencies shared by the routes: the database session, settings, and who is signed in."""

from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import HTTPBearer
from sqlalchemy.orm import Session

from app.core.config import Settings
from app.core.db import get_session
from app.core.errors import InvalidInput, Unauthorized
from app.core.security import AccessTokenClaims, decode_access_token
from app.schemas.common import ErrorResponse

# Only documents the scheme in OpenAPI (the lock icons in /docs); parsing happens below,
# so that errors keep this API's shape and no `WWW-Authenticate` header is invented.
bearer_scheme = HTTPBearer(auto_error=False, description="Access token from /api/auth/login")


def single_valued_query(request: Request) -> None:
    """`?page=1&page=2` is a 422, not "the last one wins"."""
    keys = [key for key, _ in request.query_params.multi_items()]
    repeated = sorted({key for key in keys if keys.count(key) > 1})
    if repeated:
        raise InvalidInput(
            [{"path": f"query.{key}", "message": "Give this parameter once"} for key in repeated]
        )


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization")
    if not header:
        return None
    scheme, _, rest = header.partition(" ")
    token = rest.split(" ")[0]
    if scheme.lower() != "bearer" or not token:
        raise Unauthorized('Use "Authorization: Bearer <access token>"', "INVALID_TOKEN")
    return token


def require_user(
    request: Request,
    settings: Annotated[Settings, Depends(get_settings)],
    _docs: Annotated[Any, Depends(bearer_scheme)],
) -> AccessTokenClaims:
    """401 unless a valid access token is present."""
    token = _bearer_token(request)
    if token is None:
        raise Unauthorized()
    return decode_access_token(settings, token)


def optional_user(
    request: Request,
    settings: Annotated[Settings, Depends(get_settings)],
    _docs: Annotated[Any, Depends(bearer_scheme)],
) -> AccessTokenClaims | None:
    """Anonymous requests pass; a token that is present must still be valid."""
    token = _bearer_token(request)
    return decode_access_token(settings, token) if token else None


SessionDep = Annotated[Session, Depends(get_session)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
CurrentUser = Annotated[AccessTokenClaims, Depends(require_user)]
OptionalUser = Annotated[AccessTokenClaims | None, Depends(optional_user)]


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries for the error statuses a route can answer with."""
    return {status: {"model": ErrorResponse} for status in statuses}
