import json
import time
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.payments.fake import FakePaymentProvider
from app.payments.signature import sign_payload
from tests.helpers import (
    bearer,
    create_admin,
    create_intent,
    create_product,
    dumps,
    place_order,
    register_customer,
    send_webhook,
    state_of,
    succeeded_event,
)

SECRET = "whsec_test_secret_0123456789"
TOLERANCE = 300


@pytest.fixture
def paying(client: TestClient, app: FastAPI) -> dict[str, Any]:
    admin = create_admin(app)
    customer = register_customer(client)
    product = create_product(client, admin["token"], priceCents=3000, stock=5)
    order = place_order(client, customer["token"], [(product["id"], 1)])
    return {"order": order, "token": customer["token"], "intent": create_intent(client, customer["token"], order["id"])}


def _status(client: TestClient, paying: dict[str, Any]) -> str:
    order = client.get(f"/orders/{paying['order']['id']}", headers=bearer(paying["token"])).json()["data"]
    return str(order["status"])


def test_a_correctly_signed_event_marks_the_order_paid(client: TestClient, paying: dict[str, Any]) -> None:
    event = succeeded_event(paying["intent"])
    res = send_webhook(client, dumps(event))
    assert res.status_code == 200
    assert res.json()["data"] == {"received": True, "eventId": event["id"], "outcome": "applied"}
    assert _status(client, paying) == "paid"


def test_another_secret_is_refused_and_changes_nothing(client: TestClient, paying: dict[str, Any]) -> None:
    res = send_webhook(client, dumps(succeeded_event(paying["intent"])), secret="whsec_attacker_guess_000")
    assert res.status_code == 400
    assert res.json()["error"]["code"] == "WEBHOOK_SIGNATURE_INVALID"
    assert _status(client, paying) == "pending_payment"


def test_a_body_changed_after_signing_is_refused(client: TestClient, paying: dict[str, Any]) -> None:
    stamp = int(time.time())
    original = dumps(succeeded_event(paying["intent"]))
    signature = sign_payload(SECRET, original.encode(), stamp)
    tampered = original.replace(f'"amountCents":{paying["intent"]["amountCents"]}', '"amountCents":1')
    assert tampered != original
    res = send_webhook(client, tampered, signature=signature)
    assert res.status_code == 400
    assert res.json()["error"]["code"] == "WEBHOOK_SIGNATURE_INVALID"


def test_missing_and_malformed_headers(client: TestClient, paying: dict[str, Any]) -> None:
    body = dumps(succeeded_event(paying["intent"]))
    missing = client.post("/webhooks/payments", content=body, headers={"Content-Type": "application/json"})
    assert missing.status_code == 400
    assert missing.json()["error"]["code"] == "WEBHOOK_SIGNATURE_MISSING"
    assert send_webhook(client, body, signature="v1=abc").status_code == 400


def test_timestamps_outside_the_tolerance_window(client: TestClient, paying: dict[str, Any]) -> None:
    now = int(time.time())
    stale = send_webhook(client, dumps(succeeded_event(paying["intent"])), timestamp=now - TOLERANCE - 10)
    assert stale.status_code == 400
    assert stale.json()["error"]["code"] == "WEBHOOK_TIMESTAMP_OUT_OF_RANGE"
    future = send_webhook(client, dumps(succeeded_event(paying["intent"])), timestamp=now + TOLERANCE + 10)
    assert future.status_code == 400
    assert _status(client, paying) == "pending_payment"


def test_a_replayed_event_is_refused(client: TestClient, paying: dict[str, Any]) -> None:
    body, stamp = dumps(succeeded_event(paying["intent"])), int(time.time())
    assert send_webhook(client, body, timestamp=stamp).status_code == 200
    replay = send_webhook(client, body, timestamp=stamp)
    assert replay.status_code == 400
    assert replay.json()["error"]["code"] == "WEBHOOK_REPLAYED"
    assert send_webhook(client, body, timestamp=stamp + 1).status_code == 400


def test_an_amount_mismatch_is_refused(client: TestClient, paying: dict[str, Any]) -> None:
    event = succeeded_event(paying["intent"])
    event["data"] = {**event["data"], "amountCents": 1}
    res = send_webhook(client, dumps(event))
    assert res.status_code == 400
    assert res.json()["error"]["code"] == "WEBHOOK_AMOUNT_MISMATCH"
    assert _status(client, paying) == "pending_payment"


def test_money_for_a_cancelled_order_is_refunded(client: TestClient, app: FastAPI, paying: dict[str, Any]) -> None:
    assert client.post(f"/orders/{paying['order']['id']}/cancel", headers=bearer(paying["token"])).status_code == 200
    res = send_webhook(client, json.dumps(succeeded_event(paying["intent"])))
    assert res.json()["data"]["outcome"] == "refunded"
    payment = client.get(f"/payment-intents/{paying['intent']['id']}", headers=bearer(paying["token"])).json()["data"]
    assert payment["status"] == "refunded"
    assert _status(client, paying) == "cancelled"
    provider = state_of(app).provider
    assert isinstance(provider, FakePaymentProvider)
    assert provider.refunds == [(paying["intent"]["providerRef"], paying["intent"]["amountCents"])]
