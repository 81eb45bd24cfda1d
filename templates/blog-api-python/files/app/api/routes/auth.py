# @starter-replace: (stage register-and-login) an auth service (app/services), then these routes
from fastapi import APIRouter, Response, status

from app.api.deps import SessionDep, SettingsDep, errors
from app.schemas.auth import AuthResult, LoginIn, RefreshIn, RegisterIn, TokenPair
from app.schemas.common import Envelope
from app.services import auth

router = APIRouter(prefix="/api/auth", tags=["auth"], responses=errors(400, 422, 429))


@router.post("/register", status_code=status.HTTP_201_CREATED, responses=errors(409))
def register(data: RegisterIn, session: SessionDep, settings: SettingsDep) -> Envelope[AuthResult]:
    return Envelope(data=auth.register(session, settings, data))


@router.post("/login", responses=errors(401))
def login(data: LoginIn, session: SessionDep, settings: SettingsDep) -> Envelope[AuthResult]:
    return Envelope(data=auth.login(session, settings, data))


@router.post("/refresh", responses=errors(401))
def refresh(data: RefreshIn, session: SessionDep, settings: SettingsDep) -> Envelope[TokenPair]:
    """A new token pair; the refresh token sent is used up (rotation)."""
    return Envelope(data=auth.refresh(session, settings, data.refresh_token))


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT, response_class=Response)
def logout(data: RefreshIn, session: SessionDep) -> None:
    """Revokes the refresh token and every token of the same login."""
    auth.logout(session, data.refresh_token)
# @starter-else
# from fastapi import APIRouter
#
# from app.api.deps import errors
# from app.api.todo import todo
#
# router = APIRouter(prefix="/api/auth", tags=["auth"], responses=errors(400, 422, 429))
# todo(
#     router,
#     "POST",
#     "/register",
#     "register-and-login",
#     "POST /api/auth/register {email, username, displayName?, password} answers 201"
#     " {data: {user, tokens}}",
# )
# todo(
#     router,
#     "POST",
#     "/login",
#     "register-and-login",
#     "POST /api/auth/login {email, password} answers 200 {data: {user, tokens}}; else 401",
# )
# todo(
#     router,
#     "POST",
#     "/refresh",
#     "refresh-token-rotation",
#     "POST /api/auth/refresh {refreshToken} answers a new token pair; a reused token is 401",
# )
# todo(
#     router,
#     "POST",
#     "/logout",
#     "refresh-token-rotation",
#     "POST /api/auth/logout {refreshToken} revokes it and answers 204",
# )
# @starter-end
