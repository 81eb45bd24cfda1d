from typing import Annotated, Any

from fastapi import APIRouter, status
from pydantic import BaseModel, ConfigDict, StringConstraints

from app.api.deps import State
from app.services.messages import iso

router = APIRouter(prefix="/auth", tags=["auth"])

# 2-24 letters, digits, "_" or "-". Shown to other users, so kept simple and printable.
Nickname = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[A-Za-z0-9_-]{2,24}$")]


class TokenRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    nickname: Nickname


@router.post("/token", status_code=status.HTTP_201_CREATED)
def issue_token(body: TokenRequest, state: State) -> dict[str, Any]:
    """A short-lived token for a nickname: `{ data: { token, tokenType, expiresAt, expiresIn, nickname } }`."""
    issued = state.tokens.issue(body.nickname)
    return {
        "data": {
            "token": issued.token,
            "tokenType": "Bearer",
            "expiresAt": iso(issued.expires_at),
            "expiresIn": issued.expires_in,
            "nickname": body.nickname,
        }
    }
