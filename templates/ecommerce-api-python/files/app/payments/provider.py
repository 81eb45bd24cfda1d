"""Everything the shop needs from a payment provider."""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from app.schemas.payments import PaymentEvent


@dataclass(frozen=True)
class ProviderIntent:
    id: str  # the provider's id for the intent, e.g. "pi_..."
    client_secret: str  # given to the customer's browser to confirm the payment


class PaymentProvider(Protocol):
    """The app ships with FakePaymentProvider for development and tests; a real one
    (Stripe, Adyen, ...) is another class with these methods, passed to create_app()."""

    name: str

    def create_intent(self, amount_cents: int, currency: str, order_id: int) -> ProviderIntent: ...

    def confirm_intent(self, intent_id: str, amount_cents: int, currency: str, payment_method: str) -> None:
        """Asks the provider to charge the intent. The outcome is NOT returned: it
        arrives later as a signed webhook."""

    def refund(self, intent_id: str, amount_cents: int) -> None: ...

    def parse_webhook(self, raw_body: bytes, headers: Mapping[str, str], now: int) -> PaymentEvent:
        """Checks a delivery's signature over the raw body and returns the event;
        raises AppError (400) for a bad signature or a stale timestamp."""
        ...
