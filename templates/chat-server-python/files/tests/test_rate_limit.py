import pytest
from fastapi.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from app.ws.rate_limit import TokenBucket, ViolationCounter
from tests.conftest import AppFactory, next_event, send, token_for


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_token_bucket_bursts_then_refills() -> None:
    clock = FakeClock()
    bucket = TokenBucket(3, 2, clock)
    assert [bucket.try_remove() for _ in range(4)] == [True, True, True, False]
    assert bucket.ms_until_next_token() == 500
    clock.now = 0.499
    assert bucket.try_remove() is False
    clock.now = 0.5
    assert bucket.try_remove() is True
    clock.now = 60  # a long pause never fills beyond capacity
    assert [bucket.try_remove() for _ in range(4)] == [True, True, True, False]


def test_violations_are_counted_per_window() -> None:
    clock = FakeClock()
    counter = ViolationCounter(2, window_seconds=10, clock=clock)
    assert [counter.record(), counter.record(), counter.record()] == [False, False, True]
    clock.now = 11
    assert counter.record() is False


def test_excess_frames_get_rate_limited_errors(make_app: AppFactory) -> None:
    app = make_app(rate_limit_burst=3, rate_limit_per_second=1, rate_limit_max_violations=10)
    with TestClient(app) as client, client.websocket_connect(f"/ws?token={token_for(client, 'ada')}") as ws:
        next_event(ws, "welcome")
        for _ in range(5):
            send(ws, {"type": "ping"})
        for _ in range(3):
            next_event(ws, "pong")
        first = next_event(ws, "error")
        assert (first["code"], first["message"]) == ("RATE_LIMITED", "Too many messages: slow down")
        assert first["retryAfterMs"] > 0
        assert next_event(ws, "error")["code"] == "RATE_LIMITED"


def test_sustained_abuse_closes_with_1008(make_app: AppFactory) -> None:
    app = make_app(rate_limit_burst=2, rate_limit_per_second=1, rate_limit_max_violations=3)
    with TestClient(app) as client, client.websocket_connect(f"/ws?token={token_for(client, 'ada')}") as ws:
        next_event(ws, "welcome")
        for _ in range(10):
            send(ws, {"type": "ping"})
        codes = []
        with pytest.raises(WebSocketDisconnect) as closed:
            while True:
                codes.append(ws.receive_json()["type"])
        assert closed.value.code == 1008
        assert codes == ["pong", "pong", "error", "error", "error"]
