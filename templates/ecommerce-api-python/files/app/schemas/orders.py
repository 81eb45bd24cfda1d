from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints

from app.schemas.common import ApiModel, trimmed

OrderStatus = Literal["pending_payment", "paid", "shipped", "cancelled"]


class ShippingAddress(ApiModel):
    name: Annotated[str, trimmed(1, 100)]
    line1: Annotated[str, trimmed(1, 200)]
    line2: Annotated[str, trimmed(0, 200)] | None = None
    city: Annotated[str, trimmed(1, 100)]
    postal_code: Annotated[str, trimmed(1, 20)]
    country: Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[A-Z]{2}$")] = Field(
        description='2-letter ISO country code, e.g. "DE"'
    )


class CreateOrderBody(ApiModel):
    """The items come from the cart; the body only says where to ship."""

    shipping_address: ShippingAddress


class OrderItemOut(ApiModel):
    product_id: int
    name: str
    unit_price_cents: int
    quantity: int
    line_total_cents: int


class OrderOut(ApiModel):
    id: int
    user_id: int
    status: str
    total_cents: int
    currency: str
    shipping_address: dict[str, Any]
    items: list[OrderItemOut]
    created_at: str
    updated_at: str
    paid_at: str | None
    shipped_at: str | None
    cancelled_at: str | None
