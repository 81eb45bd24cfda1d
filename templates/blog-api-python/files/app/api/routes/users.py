# @starter-replace: (stage no-leaks) a users service: profiles never include the password hash
from fastapi import APIRouter

from app.api.deps import CurrentUser, SessionDep, errors
from app.api.routes.params import IdParam
from app.schemas.common import Envelope
from app.schemas.users import Me, PublicUser, UpdateMeIn
from app.services import users

router = APIRouter(prefix="/api/users", tags=["users"], responses=errors(400, 422, 404))


@router.get("/me", responses=errors(401))
def read_me(user: CurrentUser, session: SessionDep) -> Envelope[Me]:
    return Envelope(data=users.get_me(session, user.user_id))


@router.patch("/me", responses=errors(401))
def update_me(data: UpdateMeIn, user: CurrentUser, session: SessionDep) -> Envelope[Me]:
    return Envelope(data=users.update_me(session, user.user_id, data))


@router.get("/{id}")
def read_user(id: IdParam, session: SessionDep) -> Envelope[PublicUser]:
    return Envelope(data=users.get_public(session, id))
# @starter-else
# from fastapi import APIRouter
#
# from app.api.deps import errors
# from app.api.todo import todo
#
# router = APIRouter(prefix="/api/users", tags=["users"], responses=errors(400, 422, 404))
# todo(
#     router,
#     "GET",
#     "/me",
#     "no-leaks",
#     "GET /api/users/me (Bearer token) answers your profile, without the password hash",
# )
# todo(
#     router,
#     "PATCH",
#     "/me",
#     "no-leaks",
#     "PATCH /api/users/me {displayName, bio} updates your profile",
# )
# todo(
#     router,
#     "GET",
#     "/{id}",
#     "no-leaks",
#     "GET /api/users/{id} answers a public profile (no e-mail, no hash)",
# )
# @starter-end
