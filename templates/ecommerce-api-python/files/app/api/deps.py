"""FastAPI dependencies: the database session, the services, the current user."""

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy.orm import Session, sessionmaker

from app.core.config import Settings
from app.core.errors import forbidden, unauthorized
from app.core.security import AuthUser, TokenService
from app.payments.provider import PaymentProvider
# @starter-drop
from app.services.cart import CartService
# @starter-end
from app.services.idempotency import IdempotencyService, request_hash
# @starter-drop
from app.services.orders import OrderService
from app.services.payments import PaymentService
# @starter-end
from app.services.products import ProductService
from app.services.users import UserService
# @starter-drop
from app.services.webhooks import WebhookService
# @starter-end


@dataclass(frozen=True)
class AppState:
    """What the whole app shares; stored on app.state.shop by create_app()."""

    settings: Settings
    sessions: sessionmaker[Session]
    tokens: TokenService
    provider: PaymentProvider
    idempotency: IdempotencyService


def get_state(request: Request) -> AppState:
    state: AppState = request.app.state.shop
    return state


State = Annotated[AppState, Depends(get_state)]


def get_db(state: State) -> Iterator[Session]:
    with state.sessions() as session:
        yield session


DB = Annotated[Session, Depends(get_db)]


@dataclass(frozen=True)
class Services:
    users: UserService
    products: ProductService
    # @starter-replace: (stage cart) add each service as you build it: cart, orders, payments, webhooks
    cart: CartService
    orders: OrderService
    payments: PaymentService
    webhooks: WebhookService
    # @starter-end


# @starter-replace: (stage cart) construct your services here
def build_services(db: Session, state: AppState) -> Services:
    settings = state.settings
    payments = PaymentService(db, state.provider)
    return Services(
        users=UserService(db, settings.bcrypt_cost),
        products=ProductService(db, settings.currency),
        cart=CartService(db, settings.currency),
        orders=OrderService(db, payments, settings.currency),
        payments=payments,
        webhooks=WebhookService(db, state.provider, payments),
    )
# @starter-else
# def build_services(db: Session, state: AppState) -> Services:
#     settings = state.settings
#     return Services(
#         users=UserService(db, settings.bcrypt_cost),
#         products=ProductService(db, settings.currency),
#     )
# @starter-end


def get_services(db: DB, state: State) -> Services:
    return build_services(db, state)


ServicesDep = Annotated[Services, Depends(get_services)]


def current_user(request: Request, state: State) -> AuthUser:
    """Reads `Authorization: Bearer <token>`, or answers 401."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise unauthorized()
    return state.tokens.verify(token.strip())


CurrentUser = Annotated[AuthUser, Depends(current_user)]


def require_admin(user: CurrentUser) -> AuthUser:
    if user.role != "admin":
        raise forbidden("Requires role: admin")
    return user


AdminUser = Annotated[AuthUser, Depends(require_admin)]


async def raw_body(request: Request) -> bytes:
    """The exact bytes the client sent (webhook signatures are computed over them)."""
    return await request.body()


async def request_fingerprint(request: Request) -> str:
    """Hash of path + JSON body as sent, for Idempotency-Key comparisons."""
    body = await request.body()
    parsed: Any = json.loads(body) if body else None
    path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return request_hash(path, parsed)


Fingerprint = Annotated[str, Depends(request_fingerprint)]
RawBody = Annotated[bytes, Depends(raw_body)]
