from fastapi.testclient import TestClient

from tests.conftest import assert_nothing_pending, next_event, send, token_for


def test_join_broadcasts_presence_and_messages_reach_members_only(client: TestClient) -> None:
    ada_url, bob_url, eve_url = (f"/ws?token={token_for(client, n)}" for n in ("ada", "bob", "eve"))
    with (
        client.websocket_connect(ada_url) as ada,
        client.websocket_connect(bob_url) as bob,
        client.websocket_connect(eve_url) as eve,
    ):
        for ws in (ada, bob, eve):
            next_event(ws, "welcome")
        send(ada, {"type": "join", "room": "General"})
        joined = next_event(ada, "joined")
        assert joined == {"type": "joined", "room": "general", "users": ["ada"], "history": []}

        send(bob, {"type": "join", "room": "general"})
        assert next_event(bob, "joined")["users"] == ["ada", "bob"]
        assert next_event(ada, "user_joined") == {
            "type": "user_joined",
            "room": "general",
            "nickname": "bob",
            "users": ["ada", "bob"],
        }

        send(bob, {"type": "message", "room": "general", "text": "  Hello!  "})
        for ws in (ada, bob):  # the sender gets it too: that is its confirmation
            event = next_event(ws, "message")
            assert event["room"] == "general"
            assert event["message"]["text"] == "Hello!"
            assert event["message"]["nickname"] == "bob"
            assert isinstance(event["message"]["id"], int)
        assert_nothing_pending(eve)  # not in the room: nothing arrived

        send(bob, {"type": "typing", "room": "general", "isTyping": True})
        assert next_event(ada, "typing") == {"type": "typing", "room": "general", "nickname": "bob", "isTyping": True}
        assert_nothing_pending(bob)  # typing is not echoed to the typist

        send(bob, {"type": "leave", "room": "general"})
        assert next_event(bob, "left") == {"type": "left", "room": "general"}
        assert next_event(ada, "user_left")["users"] == ["ada"]


def test_history_arrives_with_joined(client: TestClient) -> None:
    with client.websocket_connect(f"/ws?token={token_for(client, 'ada')}") as ada:
        next_event(ada, "welcome")
        send(ada, {"type": "join", "room": "general"})
        next_event(ada, "joined")
        for text in ("one", "two"):
            send(ada, {"type": "message", "room": "general", "text": text})
            next_event(ada, "message")
    with client.websocket_connect(f"/ws?token={token_for(client, 'bob')}") as bob:
        next_event(bob, "welcome")
        send(bob, {"type": "join", "room": "general"})
        history = next_event(bob, "joined")["history"]
        assert [m["text"] for m in history] == ["one", "two"]
        assert history[0]["id"] < history[1]["id"]


def test_disconnect_tells_the_room(client: TestClient) -> None:
    with client.websocket_connect(f"/ws?token={token_for(client, 'ada')}") as ada:
        next_event(ada, "welcome")
        send(ada, {"type": "join", "room": "general"})
        next_event(ada, "joined")
        with client.websocket_connect(f"/ws?token={token_for(client, 'bob')}") as bob:
            next_event(bob, "welcome")
            send(bob, {"type": "join", "room": "general"})
            next_event(bob, "joined")
            next_event(ada, "user_joined")
        left = next_event(ada, "user_left")
        assert (left["nickname"], left["users"]) == ("bob", ["ada"])


def test_membership_rules_and_room_limit(client: TestClient) -> None:
    with client.websocket_connect(f"/ws?token={token_for(client, 'ada')}") as ada:
        next_event(ada, "welcome")
        send(ada, {"type": "message", "room": "general", "text": "hi"})
        assert next_event(ada, "error")["code"] == "NOT_IN_ROOM"
        for i in range(5):
            send(ada, {"type": "join", "room": f"room{i}"})
            next_event(ada, "joined")
        send(ada, {"type": "join", "room": "room0"})  # re-joining is fine: the snapshot again
        next_event(ada, "joined")
        send(ada, {"type": "join", "room": "one-too-many"})
        assert next_event(ada, "error")["code"] == "ROOM_LIMIT"
