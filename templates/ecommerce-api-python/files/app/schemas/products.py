import re
from typing import Annotated, Literal, Self

from pydantic import AfterValidator, Field, model_validator

from app.schemas.common import ApiModel, Cents, trimmed

CATEGORY_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _category(value: str) -> str:
    # Lower-cased first, so "Home-Office" is the category "home-office".
    category = value.strip().lower()
    if len(category) > 50 or not CATEGORY_PATTERN.match(category):
        raise ValueError('Use lower-case words joined by dashes, e.g. "home-office"')
    return category


Category = Annotated[str, AfterValidator(_category)]
Sku = Annotated[str, trimmed(1, 64)]
Name = Annotated[str, trimmed(1, 200)]
Description = Annotated[str, trimmed(0, 5000)]

ProductSort = Literal["newest", "price", "-price", "name", "-name"]


class CreateProductBody(ApiModel):
    sku: Sku
    name: Name
    description: Description = ""
    category: Category
    price_cents: Cents
    stock: Annotated[int, Field(ge=0, le=1_000_000)] = 0


class UpdateProductBody(ApiModel):
    """A PATCH changes only what it sends. Stock is not editable here: use the
    stock endpoint, which changes it atomically."""

    sku: Sku | None = None
    name: Name | None = None
    description: Description | None = None
    category: Category | None = None
    price_cents: Cents | None = None

    @model_validator(mode="after")
    def _something_to_change(self) -> Self:
        if not self.model_fields_set:
            raise ValueError("Send at least one field to change")
        if any(getattr(self, field) is None for field in self.model_fields_set):
            raise ValueError("Fields may not be null")
        return self

    def changes(self) -> dict[str, str | int]:
        return {field: getattr(self, field) for field in self.model_fields_set}


class AdjustStockBody(ApiModel):
    # Positive to receive goods, negative to write off; the result may not go below 0.
    delta: Annotated[int, Field(ge=-1_000_000, le=1_000_000)]

    @model_validator(mode="after")
    def _not_zero(self) -> Self:
        if self.delta == 0:
            raise ValueError("delta must not be 0")
        return self


class ProductOut(ApiModel):
    id: int
    sku: str
    name: str
    description: str
    category: str
    price_cents: int
    currency: str
    stock: int
    in_stock: bool
    archived: bool
    created_at: str
    updated_at: str
