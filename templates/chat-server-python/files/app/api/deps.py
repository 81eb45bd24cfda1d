from typing import Annotated

from fastapi import Depends, Request

from app.core.errors import unauthorized
from app.core.security import ChatUser, InvalidTokenError
from app.ws.state import ChatState


def get_state(request: Request) -> ChatState:
    state: ChatState = request.app.state.chat
    return state


State = Annotated[ChatState, Depends(get_state)]


def current_user(request: Request, state: State) -> ChatUser:
    """Requires `Authorization: Bearer <token>`."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token or " " in token:
        raise unauthorized("Send Authorization: Bearer <token from POST /auth/token>")
    try:
        return state.tokens.verify(token)
    except InvalidTokenError:
        raise unauthorized("Invalid or expired token") from None


CurrentUser = Annotated[ChatUser, Depends(current_user)]
