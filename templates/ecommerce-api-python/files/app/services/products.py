from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, UnaryExpression, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.core.db import insert_for, rowcount
from app.core.errors import AppError, conflict, not_found
from app.models import Product, utcnow
from app.schemas.common import Page, iso, iso_required, page_meta
from app.schemas.products import CreateProductBody, ProductOut, ProductSort, UpdateProductBody

# User input picks one of these keys; it never becomes SQL text itself.
ORDER_BY: dict[ProductSort, tuple[UnaryExpression[Any], ...]] = {
    "newest": (Product.created_at.desc(), Product.id.desc()),
    "price": (Product.price_cents.asc(), Product.id.asc()),
    "-price": (Product.price_cents.desc(), Product.id.desc()),
    "name": (Product.name.asc(), Product.id.asc()),
    "-name": (Product.name.desc(), Product.id.desc()),
}


@dataclass(frozen=True)
class ProductQuery:
    page: int = 1
    limit: int = 20
    q: str | None = None
    category: str | None = None
    min_price: int | None = None
    max_price: int | None = None
    in_stock: bool | None = None
    sort: ProductSort = "newest"


def product_out(product: Product, currency: str) -> ProductOut:
    return ProductOut(
        id=product.id,
        sku=product.sku,
        name=product.name,
        description=product.description,
        category=product.category,
        price_cents=product.price_cents,
        currency=currency,
        stock=product.stock,
        in_stock=product.stock > 0,
        archived=product.archived_at is not None,
        created_at=iso_required(product.created_at),
        updated_at=iso(product.updated_at) or "",
    )


def escape_like(text: str) -> str:
    """Escapes %, _ and \\ so user text is matched literally by LIKE ... ESCAPE '\\'."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def sku_taken(sku: str) -> AppError:
    return conflict("SKU_TAKEN", f'A product with SKU "{sku}" already exists')


class ProductService:
    def __init__(self, db: Session, currency: str) -> None:
        self.db = db
        self.currency = currency

    def search(self, query: ProductQuery) -> Page[ProductOut]:
        """Public catalogue: search, filters, sort and pagination. Archived products are hidden."""
        where: list[ColumnElement[bool]] = [Product.archived_at.is_(None)]
        if query.q:
            pattern = f"%{escape_like(query.q.lower())}%"
            where.append(
                or_(
                    func.lower(Product.name).like(pattern, escape="\\"),
                    func.lower(Product.description).like(pattern, escape="\\"),
                )
            )
        if query.category:
            where.append(Product.category == query.category)
        if query.min_price is not None:
            where.append(Product.price_cents >= query.min_price)
        if query.max_price is not None:
            where.append(Product.price_cents <= query.max_price)
        if query.in_stock is not None:
            where.append(Product.stock > 0 if query.in_stock else Product.stock == 0)

        with self.db.begin():
            total = self.db.scalar(select(func.count()).select_from(Product).where(*where)) or 0
            rows = self.db.scalars(
                select(Product)
                .where(*where)
                .order_by(*ORDER_BY[query.sort])
                .limit(query.limit)
                .offset((query.page - 1) * query.limit)
            ).all()
        return Page(
            data=[product_out(row, self.currency) for row in rows],
            meta=page_meta(query.page, query.limit, total),
        )

    def get(self, product_id: int) -> ProductOut:
        with self.db.begin():
            product = self._find(product_id)
            return product_out(product, self.currency)

    def create(self, body: CreateProductBody) -> ProductOut:
        values = body.model_dump()
        statement = insert_for(self.db, Product).values(**values).on_conflict_do_nothing(index_elements=["sku"])
        with self.db.begin():
            new_id = self.db.scalar(statement.returning(Product.id))
            if new_id is None:
                raise sku_taken(body.sku)
            return product_out(self.db.execute(select(Product).where(Product.id == new_id)).scalar_one(), self.currency)

    def update(self, product_id: int, body: UpdateProductBody) -> ProductOut:
        try:
            with self.db.begin():
                product = self._find(product_id)
                for field, value in body.changes().items():
                    setattr(product, field, value)
                product.updated_at = utcnow()
                self.db.flush()
                return product_out(product, self.currency)
        except IntegrityError:
            raise sku_taken(str(body.sku)) from None

    def archive(self, product_id: int) -> None:
        """Soft delete: past orders still point at the product, so the row stays."""
        now = utcnow()
        with self.db.begin():
            result = self.db.execute(
                update(Product)
                .where(Product.id == product_id, Product.archived_at.is_(None))
                .values(archived_at=now, updated_at=now)
            )
            if rowcount(result) == 0:
                raise not_found("Product")

    def adjust_stock(self, product_id: int, delta: int) -> ProductOut:
        """Adds `delta` (negative to remove) in ONE conditional UPDATE, so it can never
        race with orders into a negative stock: the WHERE clause decides atomically."""
        with self.db.begin():
            new_id = self.db.scalar(
                update(Product)
                .where(Product.id == product_id, Product.archived_at.is_(None), Product.stock + delta >= 0)
                .values(stock=Product.stock + delta, updated_at=utcnow())
                .returning(Product.id)
            )
            product = self._find(product_id)  # 404 if it does not exist
            if new_id is None:
                raise conflict(
                    "INSUFFICIENT_STOCK",
                    f"Stock is {product.stock}; cannot remove {-delta}",
                    {"productId": product_id, "available": product.stock},
                )
            self.db.refresh(product)
            return product_out(product, self.currency)

    def _find(self, product_id: int) -> Product:
        product = self.db.scalar(select(Product).where(Product.id == product_id, Product.archived_at.is_(None)))
        if product is None:
            raise not_found("Product")
        return product
