"""A payment provider for development and tests: no network, no money."""

import json
import secrets
import time
from collections.abc import Callable, Mapping

from pydantic import ValidationError

from app.core.errors import bad_request
from app.payments.provider import ProviderIntent
from app.payments.signature import SIGNATURE_HEADER, sign_payload, verify_signature
from app.schemas.payments import PaymentEvent, PaymentEventData

# Payment methods the fake understands (like a real provider's test cards).
FAKE_DECLINED_METHOD = "pm_card_declined"

# Hands a signed webhook to the app, exactly as POST /webhooks/payments receives it.
Deliverer = Callable[[bytes, Mapping[str, str]], None]


class FakePaymentProvider:
    """Creates intents with client secrets and, on confirm, signs a webhook event with
    the shared secret and delivers it in-process through the same verification as
    real traffic."""

    name = "fake"

    def __init__(self, webhook_secret: str, tolerance_seconds: int) -> None:
        self.webhook_secret = webhook_secret
        self.tolerance_seconds = tolerance_seconds
        self.deliver: Deliverer | None = None  # set by the app to its webhook handler
        self.refunds: list[tuple[str, int]] = []

    def create_intent(self, amount_cents: int, currency: str, order_id: int) -> ProviderIntent:
        intent_id = f"pi_fake_{secrets.token_urlsafe(12)}"
        return ProviderIntent(id=intent_id, client_secret=f"{intent_id}_secret_{secrets.token_urlsafe(18)}")

    def confirm_intent(self, intent_id: str, amount_cents: int, currency: str, payment_method: str) -> None:
        declined = payment_method == FAKE_DECLINED_METHOD
        event = PaymentEvent(
            id=f"evt_fake_{secrets.token_urlsafe(12)}",
            type="payment_intent.payment_failed" if declined else "payment_intent.succeeded",
            created=int(time.time()),
            data=PaymentEventData(intent_id=intent_id, amount_cents=amount_cents, currency=currency),
        )
        raw_body, headers = self.sign_event(event)
        if self.deliver is not None:
            self.deliver(raw_body, headers)

    def refund(self, intent_id: str, amount_cents: int) -> None:
        self.refunds.append((intent_id, amount_cents))

    def parse_webhook(self, raw_body: bytes, headers: Mapping[str, str], now: int) -> PaymentEvent:
        verify_signature(self.webhook_secret, raw_body, headers.get(SIGNATURE_HEADER), self.tolerance_seconds, now)
        try:
            return PaymentEvent.model_validate(json.loads(raw_body))
        except (ValueError, ValidationError):
            raise bad_request("WEBHOOK_PAYLOAD_INVALID", "Unexpected webhook event shape") from None

    def sign_event(self, event: PaymentEvent, timestamp: int | None = None) -> tuple[bytes, dict[str, str]]:
        """Signs an event the way this provider does (also handy in tests and scripts)."""
        raw_body = event.model_dump_json(by_alias=True).encode()
        signature = sign_payload(self.webhook_secret, raw_body, timestamp or int(time.time()))
        return raw_body, {SIGNATURE_HEADER: signature}
