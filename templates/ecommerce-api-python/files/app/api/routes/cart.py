# @starter-replace: (stage cart) a cart service (app/services) over cart_items, then these routes
from typing import Annotated

from fastapi import APIRouter, Path, Response, status

from app.api.deps import CurrentUser, ServicesDep
from app.schemas.cart import AddCartItemBody, CartOut, SetCartItemBody
from app.schemas.common import Envelope

router = APIRouter(prefix="/cart", tags=["cart"])

ProductId = Annotated[int, Path(alias="productId", gt=0)]


@router.get("")
def get_cart(user: CurrentUser, services: ServicesDep) -> Envelope[CartOut]:
    return Envelope(data=services.cart.get(user.id))


@router.post("/items")
def add_item(body: AddCartItemBody, user: CurrentUser, services: ServicesDep) -> Envelope[CartOut]:
    """Adds to the quantity already in the cart."""
    return Envelope(data=services.cart.add_item(user.id, body.product_id, body.quantity))


@router.put("/items/{productId}")
def set_item(
    product_id: ProductId, body: SetCartItemBody, user: CurrentUser, services: ServicesDep
) -> Envelope[CartOut]:
    """Sets the quantity of one line."""
    return Envelope(data=services.cart.set_item(user.id, product_id, body.quantity))


@router.delete("/items/{productId}")
def remove_item(product_id: ProductId, user: CurrentUser, services: ServicesDep) -> Envelope[CartOut]:
    return Envelope(data=services.cart.remove_item(user.id, product_id))


@router.delete("", status_code=status.HTTP_204_NO_CONTENT)
def clear_cart(user: CurrentUser, services: ServicesDep) -> Response:
    services.cart.clear(user.id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
# @starter-else
# from fastapi import APIRouter
#
# from app.api.todo import todo
#
# router = APIRouter(prefix="/cart", tags=["cart"])
# todo(router, "GET", "", "cart", "GET /cart (Bearer token) answers {data: {items, total}}")
# todo(router, "POST", "/items", "cart", "POST /cart/items {productId, quantity} adds to the cart")
# todo(router, "PUT", "/items/{productId}", "cart", "PUT /cart/items/{productId} {quantity} sets the quantity")
# todo(router, "DELETE", "/items/{productId}", "cart", "DELETE /cart/items/{productId} removes the line")
# todo(router, "DELETE", "", "cart", "DELETE /cart empties the cart (204)")
# @starter-end
