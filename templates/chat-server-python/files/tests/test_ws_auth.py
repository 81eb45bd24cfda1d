import base64
import json
import time
import warnings
from datetime import UTC, datetime, timedelta

import jwt
import pytest
from fastapi.testclient import TestClient
from starlette.testclient import WebSocketDenialResponse

from app.core.security import TokenService
from tests.conftest import TEST_SECRET, next_event, token_for


def handshake_status(client: TestClient, url: str) -> int:
    try:
        with client.websocket_connect(url):
            return 101
    except WebSocketDenialResponse as denial:
        status: int = denial.status_code
        return status


def test_a_valid_token_is_greeted(client: TestClient) -> None:
    with client.websocket_connect(f"/ws?token={token_for(client, 'ada')}") as ws:
        welcome = next_event(ws, "welcome")
    assert welcome == {
        "type": "welcome",
        "nickname": "ada",
        "limits": {"maxMessageBytes": 4096, "maxTextLength": 2000, "historyOnJoin": 50},
    }


def test_a_missing_token_is_401_before_the_upgrade(client: TestClient) -> None:
    with pytest.raises(WebSocketDenialResponse) as denial, client.websocket_connect("/ws"):
        pass
    assert denial.value.status_code == 401
    assert denial.value.json()["error"]["code"] == "UNAUTHORIZED"
    assert "Missing token" in denial.value.json()["error"]["message"]
    assert client.get("/health").json()["data"]["connections"] == 0


def test_forged_expired_and_foreign_tokens_are_401(client: TestClient) -> None:
    foreign = TokenService("another-secret-that-is-at-least-32-chars!!", 60).issue("mallory").token
    expired = TokenService(TEST_SECRET, 60).issue("ada", now=datetime.now(UTC) - timedelta(hours=2)).token
    for token in ("abc.def.ghi", foreign, expired):
        assert handshake_status(client, f"/ws?token={token}") == 401


def test_other_algorithms_and_unsigned_tokens_are_401(client: TestClient) -> None:
    claims = {"nickname": "ada", "sub": "x", "iss": "chat-server", "aud": "chat-client", "exp": int(time.time()) + 300}
    with warnings.catch_warnings():  # PyJWT warns that the key is short for HS512: not the point here
        warnings.simplefilter("ignore")
        hs512 = jwt.encode(claims, TEST_SECRET, algorithm="HS512")

    def encode(value: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")

    unsigned = f"{encode({'alg': 'none', 'typ': 'JWT'})}.{encode(claims)}."
    no_expiry = jwt.encode({k: v for k, v in claims.items() if k != "exp"}, TEST_SECRET, algorithm="HS256")
    for token in (hs512, unsigned, no_expiry):
        assert handshake_status(client, f"/ws?token={token}") == 401


def test_other_paths_are_404(client: TestClient) -> None:
    assert handshake_status(client, f"/chat?token={token_for(client, 'ada')}") == 404
