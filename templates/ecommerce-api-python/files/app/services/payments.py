import hmac
import logging

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.core.db import rowcount
from app.core.errors import bad_request, conflict, not_found
from app.core.security import AuthUser
from app.models import Order, Payment, utcnow
from app.payments.provider import PaymentProvider
from app.schemas.common import iso_required
from app.schemas.payments import PaymentIntentOut

logger = logging.getLogger("app.payments")


def intent_out(payment: Payment) -> PaymentIntentOut:
    return PaymentIntentOut(
        id=payment.id,
        order_id=payment.order_id,
        provider=payment.provider,
        provider_ref=payment.provider_ref,
        client_secret=payment.client_secret,
        amount_cents=payment.amount_cents,
        currency=payment.currency,
        status=payment.status,
        created_at=iso_required(payment.created_at),
        updated_at=iso_required(payment.updated_at),
    )


class PaymentService:
    """Payment intents for orders. The order becomes `paid` only through a webhook."""

    def __init__(self, db: Session, provider: PaymentProvider) -> None:
        self.db = db
        self.provider = provider

    def create_intent(self, actor: AuthUser, order_id: int) -> tuple[PaymentIntentOut, bool]:
        """Creates an intent for the caller's pending order, or returns the one still
        waiting for confirmation (created=False), so a double click is not two charges."""
        with self.db.begin():
            order = self.db.get(Order, order_id)
            if order is None or order.user_id != actor.id:
                raise not_found("Order")
            if order.status != "pending_payment":
                raise conflict("INVALID_ORDER_STATE", f"Order is {order.status}; only pending orders can be paid")
            amount, currency = order.total_cents, order.currency
            open_intent = self.db.scalar(
                select(Payment)
                .where(Payment.order_id == order_id, Payment.status == "requires_confirmation")
                .order_by(Payment.id.desc())
                .limit(1)
            )
            if open_intent is not None:
                return intent_out(open_intent), False
        # Talk to the provider outside any transaction: it may be slow.
        intent = self.provider.create_intent(amount, currency, order_id)
        with self.db.begin():
            payment = Payment(
                order_id=order_id,
                provider=self.provider.name,
                provider_ref=intent.id,
                client_secret=intent.client_secret,
                amount_cents=amount,
                currency=currency,
                status="requires_confirmation",
            )
            self.db.add(payment)
            self.db.flush()
            return intent_out(payment), True

    def get(self, actor: AuthUser, payment_id: int) -> PaymentIntentOut:
        with self.db.begin():
            return intent_out(self._find_visible(actor, payment_id))

    def confirm(self, actor: AuthUser, payment_id: int, client_secret: str, payment_method: str) -> PaymentIntentOut:
        """Development flow: with a real provider the browser confirms with the provider's
        SDK. Here the server asks the provider, which answers with a signed webhook."""
        with self.db.begin():
            payment = self._find_visible(actor, payment_id)
            if not hmac.compare_digest(client_secret.encode(), payment.client_secret.encode()):
                raise bad_request("INVALID_CLIENT_SECRET", "The client secret does not match this payment intent")
            moved = self.db.execute(
                update(Payment)
                .where(Payment.id == payment_id, Payment.status == "requires_confirmation")
                .values(status="processing", updated_at=utcnow())
                .execution_options(synchronize_session=False)
            )
            if rowcount(moved) == 0:
                raise conflict("INVALID_PAYMENT_STATE", f"Payment intent is {payment.status}; it cannot be confirmed")
            ref, amount, currency = payment.provider_ref, payment.amount_cents, payment.currency
        self.provider.confirm_intent(ref, amount, currency, payment_method)
        self.db.expire_all()
        return self.get(actor, payment_id)

    def refund_order(self, order_id: int) -> None:
        """Refunds the order's successful payment, if any (after the order was cancelled)."""
        with self.db.begin():
            payment = self.db.scalar(select(Payment).where(Payment.order_id == order_id, Payment.status == "succeeded"))
        if payment is not None:
            self.refund(payment.id, payment.provider_ref, payment.amount_cents)

    def refund(self, payment_id: int, provider_ref: str, amount_cents: int) -> None:
        self.provider.refund(provider_ref, amount_cents)
        with self.db.begin():
            self.db.execute(
                update(Payment)
                .where(Payment.id == payment_id)
                .values(status="refunded", updated_at=utcnow())
                .execution_options(synchronize_session=False)
            )
        logger.info("Refunded payment %s", payment_id)

    def _find_visible(self, actor: AuthUser, payment_id: int) -> Payment:
        """The payment's order must belong to the caller (admins may look at any)."""
        row = self.db.execute(
            select(Payment, Order.user_id).join(Order, Order.id == Payment.order_id).where(Payment.id == payment_id)
        ).first()
        if row is None or (row.user_id != actor.id and actor.role != "admin"):
            raise not_found("Payment intent")
        payment: Payment = row.Payment
        return payment
