import pytest
from fastapi.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from tests.conftest import next_event, send, token_for


def test_invalid_frames_get_error_events_and_the_socket_stays_usable(client: TestClient) -> None:
    with client.websocket_connect(f"/ws?token={token_for(client, 'ada')}") as ws:
        next_event(ws, "welcome")
        ws.send_text("{not json")
        assert next_event(ws, "error")["code"] == "INVALID_JSON"

        send(ws, {"type": "shout"})
        unknown = next_event(ws, "error")
        assert unknown["code"] == "INVALID_MESSAGE"
        assert "shout" in unknown["message"]

        send(ws, {"type": "message", "room": "general"})
        missing = next_event(ws, "error")
        assert missing["code"] == "INVALID_MESSAGE"
        assert [d["path"] for d in missing["details"]] == ["text"]

        send(ws, {"type": "join", "room": "general", "extra": True})
        assert next_event(ws, "error")["details"] == [{"path": "", "message": 'Unrecognized key: "extra"'}]
        send(ws, {"type": "typing", "room": "general", "isTyping": "yes"})
        assert next_event(ws, "error")["details"][0]["path"] == "isTyping"
        send(ws, {"type": "message", "room": "general", "text": "x" * 2001})
        assert next_event(ws, "error")["code"] == "INVALID_MESSAGE"
        send(ws, {"type": "join", "room": "no spaces allowed"})
        assert next_event(ws, "error")["code"] == "INVALID_MESSAGE"

        ws.send_bytes(b"\x00\x01")
        assert next_event(ws, "error")["code"] == "BINARY_NOT_SUPPORTED"

        send(ws, {"type": "ping"})
        next_event(ws, "pong")


def test_oversize_frames_close_the_socket_with_1009(client: TestClient) -> None:
    with client.websocket_connect(f"/ws?token={token_for(client, 'ada')}") as ws:
        next_event(ws, "welcome")
        ws.send_text("x" * 5000)
        with pytest.raises(WebSocketDisconnect) as closed:
            ws.receive_json()
        assert closed.value.code == 1009
