from fastapi import APIRouter, status

from app.api.deps import CurrentUser, ServicesDep, State
from app.core.errors import unauthorized
from app.core.security import AuthUser
from app.schemas.auth import LoginBody, RegisterBody, SessionOut, UserOut
from app.schemas.common import Envelope

router = APIRouter(prefix="/auth", tags=["auth"])


def _session(state: State, user: UserOut) -> Envelope[SessionOut]:
    tokens = state.tokens
    token = tokens.sign(AuthUser(id=user.id, role="admin" if user.role == "admin" else "customer"))
    return Envelope(data=SessionOut(user=user, access_token=token, expires_in=tokens.expires_in_seconds))


@router.post("/register", status_code=status.HTTP_201_CREATED)
def register(body: RegisterBody, services: ServicesDep, state: State) -> Envelope[SessionOut]:
    """Sign-up always creates a customer; admins are made with the seed script."""
    return _session(state, services.users.create(body, "customer"))


@router.post("/login")
def login(body: LoginBody, services: ServicesDep, state: State) -> Envelope[SessionOut]:
    return _session(state, services.users.authenticate(body))


@router.get("/me")
def me(user: CurrentUser, services: ServicesDep) -> Envelope[UserOut]:
    found = services.users.find(user.id)
    if found is None:
        raise unauthorized("INVALID_TOKEN", "This account no longer exists")
    return Envelope(data=found)
