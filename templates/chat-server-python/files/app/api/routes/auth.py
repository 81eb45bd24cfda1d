from typing import Annotated, Any

from fastapi import APIRouter, status
from pydantic import AfterValidator, BaseModel, ConfigDict

from app.api.deps import State
from app.core.security import NICKNAME_PATTERN
from app.services.messages import iso

router = APIRouter(prefix="/auth", tags=["auth"])


def _nickname(value: str) -> str:
    # 2-24 letters, digits, "_" or "-". Shown to other users, so kept simple and printable.
    nickname = value.strip()
    if not NICKNAME_PATTERN.match(nickname):
        raise ValueError('nickname must be 2-24 letters, digits, "_" or "-"')
    return nickname


Nickname = Annotated[str, AfterValidator(_nickname)]


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
