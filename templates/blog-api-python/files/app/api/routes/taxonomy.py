# @starter-replace: (stage filtering) a taxonomy service for categories and tags
from typing import Annotated

from fastapi import APIRouter, Query, status

from app.api.deps import CurrentUser, SessionDep, errors
from app.schemas.common import Envelope, Page, PageMeta
from app.schemas.taxonomy import CategoryIn, CategoryListQuery, CategoryOut, TagListQuery, TagOut
from app.services import taxonomy

router = APIRouter(tags=["categories and tags"], responses=errors(400, 422))


@router.get("/api/categories")
def list_categories(
    query: Annotated[CategoryListQuery, Query()], session: SessionDep
) -> Page[CategoryOut]:
    items, total = taxonomy.list_categories(session, query)
    return Page(data=items, meta=PageMeta.of(query.page, query.limit, total))


@router.post("/api/categories", status_code=status.HTTP_201_CREATED, responses=errors(401, 409))
def create_category(
    data: CategoryIn, _user: CurrentUser, session: SessionDep
) -> Envelope[CategoryOut]:
    return Envelope(data=taxonomy.create_category(session, data))


@router.get("/api/tags")
def list_tags(query: Annotated[TagListQuery, Query()], session: SessionDep) -> Page[TagOut]:
    """Tags with the number of published posts carrying each."""
    items, total = taxonomy.list_tags(session, query)
    return Page(data=items, meta=PageMeta.of(query.page, query.limit, total))
# @starter-else
# from fastapi import APIRouter
#
# from app.api.deps import errors
# from app.api.todo import todo
#
# router = APIRouter(tags=["categories and tags"], responses=errors(400, 422))
# todo(
#     router,
#     "GET",
#     "/api/categories",
#     "filtering",
#     "GET /api/categories answers a page of categories",
# )
# todo(
#     router,
#     "POST",
#     "/api/categories",
#     "filtering",
#     "POST /api/categories (Bearer token) {name} answers 201",
# )
# todo(
#     router,
#     "GET",
#     "/api/tags",
#     "filtering",
#     "GET /api/tags answers a page of tags with their post counts",
# )
# @starter-end
