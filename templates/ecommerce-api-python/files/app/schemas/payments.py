from typing import Annotated, Literal

from pydantic import Field

from app.schemas.common import ApiModel, PositiveId


class CreatePaymentIntentBody(ApiModel):
    order_id: PositiveId


class ConfirmPaymentIntentBody(ApiModel):
    client_secret: Annotated[str, Field(min_length=1, max_length=200)]
    # With the fake provider "pm_card_visa" succeeds and "pm_card_declined" fails.
    # A real provider confirms in the browser with its own SDK instead.
    payment_method: Annotated[str, Field(min_length=1, max_length=100)] = "pm_card_visa"


class PaymentIntentOut(ApiModel):
    id: int
    order_id: int
    provider: str
    provider_ref: str
    # Handed to the browser so it can confirm the payment with the provider.
    client_secret: str
    amount_cents: int
    currency: str
    status: str
    created_at: str
    updated_at: str


class PaymentEventData(ApiModel):
    intent_id: Annotated[str, Field(min_length=1, max_length=200)]
    amount_cents: Annotated[int, Field(ge=0)]
    currency: Annotated[str, Field(min_length=3, max_length=3)]


class PaymentEvent(ApiModel):
    """The normalized event every provider's webhook is turned into."""

    id: Annotated[str, Field(min_length=1, max_length=200)]
    type: Literal["payment_intent.succeeded", "payment_intent.payment_failed"]
    created: int
    data: PaymentEventData


class WebhookReceipt(ApiModel):
    received: bool
    event_id: str
    outcome: str
