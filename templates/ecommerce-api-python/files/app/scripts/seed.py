"""Fills a development database: one admin and a few products.

    python -m app.scripts.seed     (uses SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD if set)

Safe to run twice: existing rows are left alone.
"""

import os
import sys

from app.core.config import get_settings
from app.core.db import create_schema, make_engine, make_session_factory
from app.core.errors import AppError
from app.schemas.auth import RegisterBody
from app.schemas.products import CreateProductBody
from app.services.products import ProductService
from app.services.users import UserService

SAMPLES = [
    ("MUG-001", "Ceramic Mug", "Holds 350 ml of coffee.", "kitchen", 1299, 40),
    ("TEE-001", "Backend Dev T-Shirt", 'Cotton, says "It works on my machine".', "apparel", 2499, 25),
    ("KEY-001", "Mechanical Keyboard", "Tactile switches, USB-C.", "electronics", 8999, 5),
    ("STK-001", "Sticker Pack", "Ten vinyl stickers.", "accessories", 499, 0),
]


def main() -> None:
    settings = get_settings()
    problems = settings.problems()
    if problems:
        sys.exit("\n".join(problems))
    password = os.environ.get("SEED_ADMIN_PASSWORD") or ""
    if settings.production and not password:
        sys.exit("Set SEED_ADMIN_PASSWORD to seed a production database.")
    email = os.environ.get("SEED_ADMIN_EMAIL") or "admin@example.com"
    engine = make_engine(settings.sqlalchemy_url())
    create_schema(engine)
    sessions = make_session_factory(engine)
    with sessions() as db:
        users = UserService(db, settings.bcrypt_cost)
        admin = RegisterBody(email=email, password=password or "admin-password-change-me", name="Shop Admin")
        try:
            users.create(admin, "admin")
            print(f"Admin created: {admin.email}")
        except AppError:
            print(f"Admin {admin.email} already exists")
        products = ProductService(db, settings.currency)
        for sku, name, description, category, price_cents, stock in SAMPLES:
            body = CreateProductBody(
                sku=sku, name=name, description=description, category=category, price_cents=price_cents, stock=stock
            )
            try:
                products.create(body)
                print(f"Product created: {sku}")
            except AppError:
                pass
    engine.dispose()


if __name__ == "__main__":
    main()
