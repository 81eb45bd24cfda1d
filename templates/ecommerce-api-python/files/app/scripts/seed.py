"""Fills a development database: one admin and a few products.

    python -m app.scripts.seed     (SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD, from the environment or .env)

Safe to run twice: existing rows are left alone.
"""

import sys

from app.core.config import Settings, get_settings
from app.core.db import create_schema, make_engine, make_session_factory
from app.core.errors import AppError
from app.schemas.auth import RegisterBody
from app.schemas.products import CreateProductBody
from app.services.products import ProductService
from app.services.users import UserService

DEV_ADMIN_PASSWORD = "admin-password-change-me"  # noqa: S105 (development only; production must set one)
SAMPLES = [
    ("MUG-001", "Ceramic Mug", "Holds 350 ml of coffee.", "kitchen", 1299, 40),
    ("TEE-001", "Backend Dev T-Shirt", 'Cotton, says "It works on my machine".', "apparel", 2499, 25),
    ("KEY-001", "Mechanical Keyboard", "Tactile switches, USB-C.", "electronics", 8999, 5),
    ("STK-001", "Sticker Pack", "Ten vinyl stickers.", "accessories", 499, 0),
]


def seed(settings: Settings, database_url: str | None = None) -> list[str]:
    """Creates the admin and the sample products that do not exist yet; returns what it did."""
    done: list[str] = []
    engine = make_engine(database_url or settings.sqlalchemy_url())
    create_schema(engine)
    with make_session_factory(engine)() as db:
        admin = RegisterBody(
            email=settings.seed_admin_email,
            password=settings.seed_admin_password or DEV_ADMIN_PASSWORD,
            name="Shop Admin",
        )
        try:
            UserService(db, settings.bcrypt_cost).create(admin, "admin")
            done.append(f"Admin created: {admin.email}")
        except AppError:
            done.append(f"Admin {admin.email} already exists")
        products = ProductService(db, settings.currency)
        for sku, name, description, category, price_cents, stock in SAMPLES:
            body = CreateProductBody(
                sku=sku, name=name, description=description, category=category, price_cents=price_cents, stock=stock
            )
            try:
                products.create(body)
                done.append(f"Product created: {sku}")
            except AppError:
                done.append(f"Product {sku} already exists")
    engine.dispose()
    return done


def main() -> None:
    settings = get_settings()
    problems = settings.problems()
    if problems:
        sys.exit("\n".join(problems))
    if settings.production and not settings.seed_admin_password:
        sys.exit("Set SEED_ADMIN_PASSWORD to seed a production database.")
    for line in seed(settings):
        print(line)


if __name__ == "__main__":
    main()
