from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Response, status

from app.api.deps import AdminUser, ServicesDep
from app.core.errors import validation_error
from app.schemas.common import Envelope, Page
from app.schemas.products import AdjustStockBody, CreateProductBody, ProductOut, ProductSort, UpdateProductBody
from app.services.products import ProductQuery

router = APIRouter(prefix="/products", tags=["products"])

ProductId = Annotated[int, Path(gt=0)]
CategoryFilter = Annotated[str | None, Query(max_length=50, pattern=r"^\s*[a-zA-Z0-9]+(?:-[a-zA-Z0-9]+)*\s*$")]


@router.get("")
def list_products(
    services: ServicesDep,
    page: Annotated[int, Query(ge=1)] = 1,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    q: Annotated[str | None, Query(max_length=100)] = None,
    category: CategoryFilter = None,
    min_price: Annotated[int | None, Query(alias="minPrice", ge=0)] = None,
    max_price: Annotated[int | None, Query(alias="maxPrice", ge=0)] = None,
    in_stock: Annotated[Literal["true", "false"] | None, Query(alias="inStock")] = None,
    sort: ProductSort = "newest",
) -> Page[ProductOut]:
    """Public catalogue: search, filters, sorting and pagination."""
    if min_price is not None and max_price is not None and min_price > max_price:
        raise validation_error([{"path": "minPrice", "message": "minPrice must not be greater than maxPrice"}])
    query = ProductQuery(
        page=page,
        limit=limit,
        q=(q or "").strip() or None,
        category=category.strip().lower() if category else None,
        min_price=min_price,
        max_price=max_price,
        in_stock=None if in_stock is None else in_stock == "true",
        sort=sort,
    )
    return services.products.search(query)


@router.get("/{id}")
def get_product(id: ProductId, services: ServicesDep) -> Envelope[ProductOut]:
    return Envelope(data=services.products.get(id))


# Catalogue management: admins only.
@router.post("", status_code=status.HTTP_201_CREATED)
def create_product(body: CreateProductBody, _admin: AdminUser, services: ServicesDep) -> Envelope[ProductOut]:
    return Envelope(data=services.products.create(body))


@router.patch("/{id}")
def update_product(
    id: ProductId, body: UpdateProductBody, _admin: AdminUser, services: ServicesDep
) -> Envelope[ProductOut]:
    return Envelope(data=services.products.update(id, body))


@router.delete("/{id}", status_code=status.HTTP_204_NO_CONTENT)
def archive_product(id: ProductId, _admin: AdminUser, services: ServicesDep) -> Response:
    services.products.archive(id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/{id}/stock")
def adjust_stock(
    id: ProductId, body: AdjustStockBody, _admin: AdminUser, services: ServicesDep
) -> Envelope[ProductOut]:
    return Envelope(data=services.products.adjust_stock(id, body.delta))
