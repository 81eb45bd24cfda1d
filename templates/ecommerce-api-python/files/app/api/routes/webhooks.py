# @starter-replace: (stage webhooks) verify the signature over the raw body, apply each event once
from fastapi import APIRouter, Request

from app.api.deps import RawBody, ServicesDep
from app.schemas.common import Envelope
from app.schemas.payments import WebhookReceipt

router = APIRouter(prefix="/webhooks", tags=["webhooks"])


@router.post("/payments")
def payment_webhook(request: Request, body: RawBody, services: ServicesDep) -> Envelope[WebhookReceipt]:
    """The signature is computed over the exact bytes the provider sent, so the body is
    read raw (a re-serialized JSON would differ) and never parsed before it is verified."""
    return Envelope(data=services.webhooks.receive(body, request.headers))
# @starter-else
# from fastapi import APIRouter
#
# from app.api.todo import todo
#
# router = APIRouter(prefix="/webhooks", tags=["webhooks"])
# todo(router, "POST", "/payments", "webhooks", "POST /webhooks/payments verifies the signature and marks the order paid")
# @starter-end
