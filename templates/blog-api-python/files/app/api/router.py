from fastapi import APIRouter

from app.api.routes import auth, comments, health, posts, taxonomy, users

api_router = APIRouter()
for module in (health, auth, users, posts, comments, taxonomy):
    api_router.include_router(module.router)
