from fastapi import APIRouter

from app.api.deps import CurrentUser, SessionDep, errors
from app.api.routes.params import IdParam
from app.schemas.common import Envelope
from app.schemas.users import Me, PublicUser, UpdateMeIn
from app.services import users

router = APIRouter(prefix="/api/users", tags=["users"], responses=errors(400, 404))


@router.get("/me", responses=errors(401))
def read_me(user: CurrentUser, session: SessionDep) -> Envelope[Me]:
    return Envelope(data=users.get_me(session, user.user_id))


@router.patch("/me", responses=errors(401))
def update_me(data: UpdateMeIn, user: CurrentUser, session: SessionDep) -> Envelope[Me]:
    return Envelope(data=users.update_me(session, user.user_id, data))


@router.get("/{id}")
def read_user(id: IdParam, session: SessionDep) -> Envelope[PublicUser]:
    return Envelope(data=users.get_public(session, id))
