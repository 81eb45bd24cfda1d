from typing import Annotated

from pydantic import Field

from app.schemas.common import ApiModel, PositiveId

Quantity = Annotated[int, Field(ge=1, le=1000)]


class AddCartItemBody(ApiModel):
    product_id: PositiveId
    quantity: Quantity = 1


class SetCartItemBody(ApiModel):
    quantity: Quantity


class CartItemOut(ApiModel):
    product_id: int
    name: str
    unit_price_cents: int
    quantity: int
    line_total_cents: int
    # False when the product was archived or its stock fell below the quantity.
    available: bool


class CartOut(ApiModel):
    items: list[CartItemOut]
    total_cents: int
    currency: str
