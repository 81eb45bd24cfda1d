from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.core.db import insert_for, rowcount
from app.core.errors import conflict, not_found
from app.models import CartItem, Product, utcnow
from app.schemas.cart import CartItemOut, CartOut


class CartService:
    """One cart per user, kept in the database. The stock checks here give early,
    friendly errors; the real guarantee is the order transaction (orders.py),
    because stock can change between "add to cart" and "place order"."""

    def __init__(self, db: Session, currency: str) -> None:
        self.db = db
        self.currency = currency

    def get(self, user_id: int) -> CartOut:
        with self.db.begin():
            return self._read(user_id)

    def add_item(self, user_id: int, product_id: int, quantity: int) -> CartOut:
        """Adds `quantity` to what is already in the cart."""
        with self.db.begin():
            existing = self.db.scalar(
                select(CartItem.quantity).where(CartItem.user_id == user_id, CartItem.product_id == product_id)
            )
            return self._set(user_id, product_id, (existing or 0) + quantity)

    def set_item(self, user_id: int, product_id: int, quantity: int) -> CartOut:
        """Sets the quantity of one product (adding the line if needed)."""
        with self.db.begin():
            return self._set(user_id, product_id, quantity)

    def remove_item(self, user_id: int, product_id: int) -> CartOut:
        with self.db.begin():
            result = self.db.execute(
                delete(CartItem).where(CartItem.user_id == user_id, CartItem.product_id == product_id)
            )
            if rowcount(result) == 0:
                raise not_found("Cart item")
            return self._read(user_id)

    def clear(self, user_id: int) -> None:
        with self.db.begin():
            self.db.execute(delete(CartItem).where(CartItem.user_id == user_id))

    def _set(self, user_id: int, product_id: int, quantity: int) -> CartOut:
        stock = self.db.scalar(select(Product.stock).where(Product.id == product_id, Product.archived_at.is_(None)))
        if stock is None:
            raise not_found("Product")
        if quantity > stock:
            raise conflict(
                "INSUFFICIENT_STOCK",
                f"Only {stock} left in stock",
                {"productId": product_id, "requested": quantity, "available": stock},
            )
        upsert = insert_for(self.db, CartItem).values(
            user_id=user_id, product_id=product_id, quantity=quantity, added_at=utcnow()
        )
        self.db.execute(
            upsert.on_conflict_do_update(
                index_elements=["user_id", "product_id"], set_={"quantity": upsert.excluded.quantity}
            )
        )
        return self._read(user_id)

    def _read(self, user_id: int) -> CartOut:
        rows = self.db.execute(
            select(
                CartItem.product_id,
                CartItem.quantity,
                Product.name,
                Product.price_cents,
                Product.stock,
                Product.archived_at,
            )
            .join(Product, Product.id == CartItem.product_id)
            .where(CartItem.user_id == user_id)
            .order_by(CartItem.added_at, CartItem.product_id)
        ).all()
        items = [
            CartItemOut(
                product_id=row.product_id,
                name=row.name,
                unit_price_cents=row.price_cents,
                quantity=row.quantity,
                line_total_cents=row.price_cents * row.quantity,
                available=row.archived_at is None and row.stock >= row.quantity,
            )
            for row in rows
        ]
        return CartOut(items=items, total_cents=sum(item.line_total_cents for item in items), currency=self.currency)
