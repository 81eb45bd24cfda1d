import logging
import time
from collections.abc import Mapping
from typing import Literal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.core.db import insert_for, rowcount
from app.core.errors import bad_request
from app.models import Order, Payment, WebhookEvent, utcnow
from app.payments.provider import PaymentProvider
from app.schemas.payments import WebhookReceipt
from app.services.payments import PaymentService

logger = logging.getLogger("app.webhooks")

Outcome = Literal["applied", "ignored", "refunded"]


class WebhookService:
    """Receives payment provider events: verify, de-duplicate, then move payment and order on."""

    def __init__(self, db: Session, provider: PaymentProvider, payments: PaymentService) -> None:
        self.db = db
        self.provider = provider
        self.payments = payments

    def receive(self, raw_body: bytes, headers: Mapping[str, str]) -> WebhookReceipt:
        # 1. Signature and timestamp, checked on the raw bytes before anything is trusted.
        event = self.provider.parse_webhook(raw_body, headers, int(time.time()))
        outcome: Outcome
        refund: tuple[int, str, int] | None = None
        with self.db.begin():
            # 2. Replay protection: each event id is accepted once (the primary key decides).
            fresh = self.db.execute(
                insert_for(self.db, WebhookEvent)
                .values(event_id=event.id, type=event.type, received_at=utcnow())
                .on_conflict_do_nothing(index_elements=["event_id"])
                .returning(WebhookEvent.event_id)
            ).first()
            if fresh is None:
                raise bad_request("WEBHOOK_REPLAYED", f"Event {event.id} was already received")
            outcome, refund = self._apply(
                event.type, event.data.intent_id, event.data.amount_cents, event.data.currency
            )
        if refund is not None:
            self.payments.refund(*refund)
        logger.info("Webhook %s %s: %s", event.type, event.id, outcome)
        return WebhookReceipt(received=True, event_id=event.id, outcome=outcome)

    def _apply(
        self, event_type: str, intent_id: str, amount_cents: int, currency: str
    ) -> tuple[Outcome, tuple[int, str, int] | None]:
        payment = self.db.scalar(select(Payment).where(Payment.provider_ref == intent_id))
        if payment is None:
            return "ignored", None
        if payment.amount_cents != amount_cents or payment.currency != currency:
            raise bad_request("WEBHOOK_AMOUNT_MISMATCH", "Event amount does not match the payment intent")

        # 3. State changes, each conditional on the current state.
        now = utcnow()
        status = "succeeded" if event_type == "payment_intent.succeeded" else "failed"
        moved = self.db.execute(
            update(Payment)
            .where(Payment.id == payment.id, Payment.status.in_(["requires_confirmation", "processing"]))
            .values(status=status, updated_at=now)
            .execution_options(synchronize_session=False)
        )
        if rowcount(moved) == 0:
            return "ignored", None  # already final, e.g. a second event for the same intent
        if status == "failed":
            return "applied", None  # the order stays pending_payment: the customer may retry

        paid = self.db.execute(
            update(Order)
            .where(Order.id == payment.order_id, Order.status == "pending_payment")
            .values(status="paid", paid_at=now, updated_at=now)
            .execution_options(synchronize_session=False)
        )
        if rowcount(paid) == 1:
            return "applied", None
        # Money arrived for an order that was cancelled meanwhile: give it back.
        return "refunded", (payment.id, payment.provider_ref, payment.amount_cents)
