"""The real thing: uvicorn listening on 127.0.0.1 (a free port), real WebSocket clients
from the `websockets` library, and a raw socket that stops answering pings."""

import base64
import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
import uvicorn
from websockets.exceptions import InvalidStatus
from websockets.sync.client import ClientConnection, connect

from tests.conftest import AppFactory

# Short enough for a quick test, long enough that a busy CI machine still answers in time.
HEARTBEAT_SECONDS = 1.0


class LiveServer:
    def __init__(self, app: Any) -> None:
        config = uvicorn.Config(
            app,
            host="127.0.0.1",
            port=0,
            log_level="warning",
            ws_ping_interval=HEARTBEAT_SECONDS,
            ws_ping_timeout=HEARTBEAT_SECONDS,
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            assert time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.02)
        self.port: int = self.server.servers[0].sockets[0].getsockname()[1]
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)

    def token(self, nickname: str) -> str:
        res = httpx.post(f"http://127.0.0.1:{self.port}/auth/token", json={"nickname": nickname})
        token: str = res.json()["data"]["token"]
        return token

    @contextmanager
    def connect(self, nickname: str) -> Iterator[ClientConnection]:
        with connect(f"ws://127.0.0.1:{self.port}/ws?token={self.token(nickname)}", open_timeout=5) as ws:
            assert receive(ws)["type"] == "welcome"
            yield ws


def receive(ws: ClientConnection) -> dict[str, Any]:
    event: dict[str, Any] = json.loads(ws.recv(timeout=10))
    return event


@pytest.fixture
def live(make_app: AppFactory) -> Iterator[LiveServer]:
    with LiveServer(make_app()) as server:
        yield server


def test_bad_tokens_get_a_real_http_401(live: LiveServer) -> None:
    for url in (f"ws://127.0.0.1:{live.port}/ws", f"ws://127.0.0.1:{live.port}/ws?token=abc.def.ghi"):
        with pytest.raises(InvalidStatus) as refused, connect(url, open_timeout=5):
            pass
        assert refused.value.response.status_code == 401
        assert json.loads(refused.value.response.body or b"{}")["error"]["code"] == "UNAUTHORIZED"


def test_two_real_clients_chat(live: LiveServer) -> None:
    with live.connect("ada") as ada, live.connect("bob") as bob:
        ada.send(json.dumps({"type": "join", "room": "general"}))
        assert receive(ada)["type"] == "joined"
        bob.send(json.dumps({"type": "join", "room": "general"}))
        assert receive(bob)["users"] == ["ada", "bob"]
        assert receive(ada)["type"] == "user_joined"
        ada.send(json.dumps({"type": "message", "room": "general", "text": "over a real socket"}))
        for ws in (ada, bob):
            event = receive(ws)
            assert (event["type"], event["message"]["text"]) == ("message", "over a real socket")
    history = httpx.get(
        f"http://127.0.0.1:{live.port}/rooms/general/messages",
        headers={"Authorization": f"Bearer {live.token('carol')}"},
    ).json()
    assert [m["text"] for m in history["data"]] == ["over a real socket"]


def _raw_client(port: int, token: str) -> socket.socket:
    """A WebSocket client by hand that never answers pings (a vanished laptop)."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=5)
    key = base64.b64encode(os.urandom(16)).decode()
    sock.sendall(
        (
            f"GET /ws?token={token} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
        ).encode()
    )
    assert sock.recv(4096).startswith(b"HTTP/1.1 101")
    payload = json.dumps({"type": "join", "room": "general"}).encode()
    mask = os.urandom(4)
    masked = bytes(byte ^ mask[i % 4] for i, byte in enumerate(payload))
    sock.sendall(bytes([0x81, 0x80 | len(payload)]) + mask + masked)  # FIN + text frame, masked
    return sock


def test_a_client_that_stops_answering_pings_is_dropped(live: LiveServer) -> None:
    with live.connect("ada") as ada:
        ada.send(json.dumps({"type": "join", "room": "general"}))
        assert receive(ada)["type"] == "joined"
        ghost = _raw_client(live.port, live.token("ghost"))
        try:
            assert receive(ada)["nickname"] == "ghost"  # user_joined
            left = receive(ada)  # after a missed heartbeat (about 2 s), within the 10 s receive timeout
            assert (left["type"], left["nickname"], left["users"]) == ("user_left", "ghost", ["ada"])
        finally:
            ghost.close()
