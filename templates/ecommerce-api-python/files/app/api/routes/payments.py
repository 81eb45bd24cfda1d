# @starter-replace: (stage payments) a payment service over app/payments/provider.py
from typing import Annotated, Any

from fastapi import APIRouter, Header, Path
from fastapi.responses import JSONResponse

from app.api.deps import CurrentUser, Fingerprint, ServicesDep, State
from app.schemas.common import Envelope
from app.schemas.payments import ConfirmPaymentIntentBody, CreatePaymentIntentBody, PaymentIntentOut

router = APIRouter(prefix="/payment-intents", tags=["payments"])

PaymentId = Annotated[int, Path(gt=0)]


@router.post("", status_code=201, response_model=Envelope[PaymentIntentOut])
def create_intent(
    body: CreatePaymentIntentBody,
    user: CurrentUser,
    services: ServicesDep,
    state: State,
    fingerprint: Fingerprint,
    idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key")] = None,
) -> JSONResponse:
    """201 with a new intent, or 200 with the one still awaiting confirmation."""

    def create() -> tuple[int, Any]:
        intent, created = services.payments.create_intent(user, body.order_id)
        return (201 if created else 200), Envelope(data=intent).model_dump(mode="json", by_alias=True)

    return state.idempotency.run(user.id, "payment-intents.create", idempotency_key, fingerprint, create)


@router.get("/{id}")
def get_intent(id: PaymentId, user: CurrentUser, services: ServicesDep) -> Envelope[PaymentIntentOut]:
    return Envelope(data=services.payments.get(user, id))


@router.post("/{id}/confirm")
def confirm_intent(
    id: PaymentId, body: ConfirmPaymentIntentBody, user: CurrentUser, services: ServicesDep
) -> Envelope[PaymentIntentOut]:
    return Envelope(data=services.payments.confirm(user, id, body.client_secret, body.payment_method))
# @starter-else
# from fastapi import APIRouter
#
# from app.api.todo import todo
#
# router = APIRouter(prefix="/payment-intents", tags=["payments"])
# todo(router, "POST", "", "payments", "POST /payment-intents {orderId} answers 201 with a new intent")
# todo(router, "GET", "/{id}", "payments", "GET /payment-intents/{id} answers your intent")
# todo(router, "POST", "/{id}/confirm", "payments", "POST /payment-intents/{id}/confirm confirms it")
# @starter-end
