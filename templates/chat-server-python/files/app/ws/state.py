from dataclasses import dataclass
from time import monotonic

from app.core.config import Settings
from app.core.security import TokenService
from app.services.messages import MessageStore
from app.ws.hub import ChatHub


@dataclass(frozen=True)
class ChatState:
    """What the whole app shares; stored on app.state.chat by create_app()."""

    settings: Settings
    tokens: TokenService
    messages: MessageStore
    hub: ChatHub
    started_at: float = 0.0

    def uptime_seconds(self) -> int:
        return round(monotonic() - self.started_at)
