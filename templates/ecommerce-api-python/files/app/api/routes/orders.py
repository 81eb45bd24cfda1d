# @starter-replace: (stage no-oversell) an order service: the cart becomes an order in ONE transaction
from typing import Annotated, Any

from fastapi import APIRouter, Header, Path, Query, status
from fastapi.responses import JSONResponse

from app.api.deps import AdminUser, CurrentUser, Fingerprint, ServicesDep, State
from app.schemas.common import Envelope, Page
from app.schemas.orders import CreateOrderBody, OrderOut, OrderStatus

router = APIRouter(prefix="/orders", tags=["orders"])

OrderId = Annotated[int, Path(gt=0)]
IdempotencyKey = Annotated[str | None, Header(alias="Idempotency-Key")]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=Envelope[OrderOut])
def create_order(
    body: CreateOrderBody,
    user: CurrentUser,
    services: ServicesDep,
    state: State,
    fingerprint: Fingerprint,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """Places an order from the cart. Send an Idempotency-Key to make retries safe."""

    def place() -> tuple[int, Any]:
        order = services.orders.create_from_cart(user.id, body.shipping_address)
        return 201, Envelope(data=order).model_dump(mode="json", by_alias=True)

    return state.idempotency.run(user.id, "orders.create", idempotency_key, fingerprint, place)


@router.get("")
def list_orders(
    user: CurrentUser,
    services: ServicesDep,
    page: Annotated[int, Query(ge=1)] = 1,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    order_status: Annotated[OrderStatus | None, Query(alias="status")] = None,
) -> Page[OrderOut]:
    """My orders (admins: everyone's)."""
    return services.orders.list_for(user, page, limit, order_status)


@router.get("/{id}")
def get_order(id: OrderId, user: CurrentUser, services: ServicesDep) -> Envelope[OrderOut]:
    return Envelope(data=services.orders.get(user, id))


@router.post("/{id}/cancel")
def cancel_order(id: OrderId, user: CurrentUser, services: ServicesDep) -> Envelope[OrderOut]:
    return Envelope(data=services.orders.cancel(user, id))


@router.post("/{id}/ship")
def ship_order(id: OrderId, _admin: AdminUser, services: ServicesDep) -> Envelope[OrderOut]:
    return Envelope(data=services.orders.ship(id))
# @starter-else
# from fastapi import APIRouter
#
# from app.api.todo import todo
#
# router = APIRouter(prefix="/orders", tags=["orders"])
# todo(router, "POST", "", "no-oversell", "POST /orders {shippingAddress} places an order from the cart (201)")
# todo(router, "GET", "", "no-oversell", "GET /orders answers your orders, paginated")
# todo(router, "GET", "/{id}", "no-oversell", "GET /orders/{id} answers one of your orders (404 for anyone else)")
# todo(router, "POST", "/{id}/cancel", "no-oversell", "POST /orders/{id}/cancel cancels a pending order and restocks")
# todo(router, "POST", "/{id}/ship", "no-oversell", "POST /orders/{id}/ship (admin) marks a paid order shipped")
# @starter-end
