from fastapi import APIRouter, Depends

from app.api.deps import single_valued_query
from app.api.routes import auth, comments, health, posts, taxonomy, users

api_router = APIRouter(dependencies=[Depends(single_valued_query)])
for module in (health, auth, users, posts, comments, taxonomy):
    api_router.include_router(module.router)
