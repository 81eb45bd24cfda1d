from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from app.core.db import rowcount
from app.core.errors import conflict, not_found, unprocessable
from app.core.security import AuthUser
from app.models import CartItem, Order, OrderItem, Product, utcnow
from app.schemas.common import Page, iso, iso_required, page_meta
from app.schemas.orders import OrderItemOut, OrderOut, OrderStatus, ShippingAddress
from app.services.payments import PaymentService


def order_out(order: Order, items: list[OrderItem]) -> OrderOut:
    return OrderOut(
        id=order.id,
        user_id=order.user_id,
        status=order.status,
        total_cents=order.total_cents,
        currency=order.currency,
        shipping_address=order.shipping_address,
        items=[
            OrderItemOut(
                product_id=item.product_id,
                name=item.product_name,
                unit_price_cents=item.unit_price_cents,
                quantity=item.quantity,
                line_total_cents=item.unit_price_cents * item.quantity,
            )
            for item in items
        ],
        created_at=iso_required(order.created_at),
        updated_at=iso_required(order.updated_at),
        paid_at=iso(order.paid_at),
        shipped_at=iso(order.shipped_at),
        cancelled_at=iso(order.cancelled_at),
    )


class OrderService:
    def __init__(self, db: Session, payments: PaymentService, currency: str) -> None:
        self.db = db
        self.payments = payments
        self.currency = currency

    def create_from_cart(self, user_id: int, address: ShippingAddress) -> OrderOut:
        """Turns the user's cart into an order in ONE transaction: reserve stock, write
        the order and its lines, empty the cart. Any failure rolls all of it back."""
        with self.db.begin():
            # Sorted by product id: concurrent orders then lock rows in the same order
            # (on PostgreSQL this avoids deadlocks between two multi-item orders).
            lines = self.db.execute(
                select(CartItem.product_id, CartItem.quantity, Product.name, Product.price_cents, Product.archived_at)
                .join(Product, Product.id == CartItem.product_id)
                .where(CartItem.user_id == user_id)
                .order_by(CartItem.product_id)
            ).all()
            if not lines:
                raise unprocessable("CART_EMPTY", "Your cart is empty")

            now = utcnow()
            for line in lines:
                if line.archived_at is not None:
                    raise conflict(
                        "PRODUCT_UNAVAILABLE", f'"{line.name}" is no longer sold', {"productId": line.product_id}
                    )
                # The conditional decrement: the check and the write are ONE statement, so
                # two orders can never both take the last unit. 0 rows changed = not enough.
                taken = self.db.execute(
                    update(Product)
                    .where(Product.id == line.product_id, Product.stock >= line.quantity)
                    .values(stock=Product.stock - line.quantity, updated_at=now)
                    .execution_options(synchronize_session=False)
                )
                if rowcount(taken) == 0:
                    raise conflict(
                        "INSUFFICIENT_STOCK",
                        f'Not enough stock for "{line.name}"',
                        {"productId": line.product_id, "requested": line.quantity},
                    )

            order = Order(
                user_id=user_id,
                status="pending_payment",
                total_cents=sum(line.price_cents * line.quantity for line in lines),
                currency=self.currency,
                shipping_address=address.model_dump(by_alias=True, exclude_none=True),
                created_at=now,
                updated_at=now,
            )
            self.db.add(order)
            self.db.flush()
            items = [
                OrderItem(
                    order_id=order.id,
                    product_id=line.product_id,
                    product_name=line.name,
                    unit_price_cents=line.price_cents,
                    quantity=line.quantity,
                )
                for line in lines
            ]
            self.db.add_all(items)
            self.db.execute(delete(CartItem).where(CartItem.user_id == user_id))
            return order_out(order, items)

    def list_for(self, actor: AuthUser, page: int, limit: int, status: OrderStatus | None) -> Page[OrderOut]:
        """Customers see their own orders; admins see everyone's."""
        where = []
        if actor.role != "admin":
            where.append(Order.user_id == actor.id)
        if status is not None:
            where.append(Order.status == status)
        with self.db.begin():
            total = self.db.scalar(select(func.count()).select_from(Order).where(*where)) or 0
            orders = self.db.scalars(
                select(Order)
                .where(*where)
                .order_by(Order.created_at.desc(), Order.id.desc())
                .limit(limit)
                .offset((page - 1) * limit)
            ).all()
            items = self._items([order.id for order in orders])
        return Page(
            data=[order_out(order, [i for i in items if i.order_id == order.id]) for order in orders],
            meta=page_meta(page, limit, total),
        )

    def get(self, actor: AuthUser, order_id: int) -> OrderOut:
        with self.db.begin():
            order = self._find_visible(actor, order_id)
            return order_out(order, self._items([order_id]))

    def cancel(self, actor: AuthUser, order_id: int) -> OrderOut:
        """pending_payment -> cancelled (the owner or an admin), or paid -> cancelled
        (admin only; the payment is refunded). The stock goes back in the same transaction."""
        with self.db.begin():
            order = self._find_visible(actor, order_id)
            previous = order.status
            allowed = ("pending_payment", "paid") if actor.role == "admin" else ("pending_payment",)
            if previous not in allowed:
                raise conflict("INVALID_ORDER_STATE", f"An order that is {previous} cannot be cancelled")
            now = utcnow()
            # Conditional on the status we just read: a payment webhook racing with this
            # cancel cannot both win, and stock is released exactly once.
            moved = self.db.execute(
                update(Order)
                .where(Order.id == order_id, Order.status == previous)
                .values(status="cancelled", cancelled_at=now, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            if rowcount(moved) == 0:
                raise conflict("INVALID_ORDER_STATE", "The order changed meanwhile; try again")
            items = self._items([order_id])
            for item in items:
                self.db.execute(
                    update(Product)
                    .where(Product.id == item.product_id)
                    .values(stock=Product.stock + item.quantity, updated_at=now)
                    .execution_options(synchronize_session=False)
                )
            self.db.refresh(order)
            result = order_out(order, items)
        # Talk to the payment provider only after the commit, never inside a transaction.
        if previous == "paid":
            self.payments.refund_order(order_id)
        return result

    def ship(self, order_id: int) -> OrderOut:
        """paid -> shipped. Admin only (checked by the route)."""
        now = utcnow()
        with self.db.begin():
            moved = self.db.execute(
                update(Order)
                .where(Order.id == order_id, Order.status == "paid")
                .values(status="shipped", shipped_at=now, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            order = self.db.get(Order, order_id, populate_existing=True)
            if order is None:
                raise not_found("Order")
            if rowcount(moved) == 0:
                raise conflict("INVALID_ORDER_STATE", f"Only paid orders can be shipped (this one is {order.status})")
            return order_out(order, self._items([order_id]))

    def _find_visible(self, actor: AuthUser, order_id: int) -> Order:
        """404 (not 403) for someone else's order: do not even confirm that it exists."""
        order = self.db.get(Order, order_id)
        if order is None or (actor.role != "admin" and order.user_id != actor.id):
            raise not_found("Order")
        return order

    def _items(self, order_ids: list[int]) -> list[OrderItem]:
        if not order_ids:
            return []
        return list(
            self.db.scalars(select(OrderItem).where(OrderItem.order_id.in_(order_ids)).order_by(OrderItem.product_id))
        )
