# @starter-replace: (stage create-and-read-post) a posts service (app/services), then these routes
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from app.api.deps import CurrentUser, OptionalUser, SessionDep, errors
from app.api.routes.params import IdParam
from app.schemas.comments import CommentIn, CommentListQuery, CommentOut
from app.schemas.common import Envelope, Page, PageMeta
from app.schemas.posts import PostCreateIn, PostListQuery, PostOut, PostUpdateIn
from app.services import comments, posts

router = APIRouter(prefix="/api/posts", tags=["posts"], responses=errors(400, 422, 401))


@router.get("")
def list_posts(
    query: Annotated[PostListQuery, Query()], user: OptionalUser, session: SessionDep
) -> Page[PostOut]:
    """Published posts, plus your own drafts when signed in."""
    items, total = posts.list_posts(session, query, user.user_id if user else None)
    return Page(data=items, meta=PageMeta.of(query.page, query.limit, total))


@router.post("", status_code=status.HTTP_201_CREATED)
def create_post(
    data: PostCreateIn, user: CurrentUser, session: SessionDep, response: Response
) -> Envelope[PostOut]:
    post = posts.create_post(session, user.user_id, data)
    response.headers["Location"] = f"/api/posts/{post.id}"
    return Envelope(data=post)


@router.get("/{id}", responses=errors(404))
def read_post(id: IdParam, user: OptionalUser, session: SessionDep) -> Envelope[PostOut]:
    return Envelope(data=posts.get_post(session, id, user.user_id if user else None))


@router.patch("/{id}", responses=errors(403, 404))
def update_post(
    id: IdParam, data: PostUpdateIn, user: CurrentUser, session: SessionDep
) -> Envelope[PostOut]:
    """Only the author may edit; `tags` and `categoryIds` replace the whole lists."""
    return Envelope(data=posts.update_post(session, id, user.user_id, data))


@router.delete(
    "/{id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=errors(403, 404),
)
def delete_post(id: IdParam, user: CurrentUser, session: SessionDep) -> None:
    """Only the author may delete; the post's comments go with it."""
    posts.delete_post(session, id, user.user_id)


@router.get("/{id}/comments", responses=errors(404))
def list_comments(
    id: IdParam,
    query: Annotated[CommentListQuery, Query()],
    user: OptionalUser,
    session: SessionDep,
) -> Page[CommentOut]:
    items, total = comments.list_comments(session, id, query, user.user_id if user else None)
    return Page(data=items, meta=PageMeta.of(query.page, query.limit, total))


@router.post("/{id}/comments", status_code=status.HTTP_201_CREATED, responses=errors(404))
def create_comment(
    id: IdParam, data: CommentIn, user: CurrentUser, session: SessionDep, response: Response
) -> Envelope[CommentOut]:
    comment = comments.create_comment(session, id, user.user_id, data)
    response.headers["Location"] = f"/api/comments/{comment.id}"
    return Envelope(data=comment)
# @starter-else
# from fastapi import APIRouter
#
# from app.api.deps import errors
# from app.api.todo import todo
#
# router = APIRouter(prefix="/api/posts", tags=["posts"], responses=errors(400, 422, 401))
# todo(
#     router,
#     "GET",
#     "",
#     "pagination",
#     "GET /api/posts answers 200 {data: [posts], meta: {page, limit, total, totalPages}}",
# )
# todo(
#     router,
#     "POST",
#     "",
#     "create-and-read-post",
#     "POST /api/posts (Bearer token) {title, body} answers 201, a Location header and {data: post}",
# )
# todo(
#     router,
#     "PATCH",
#     "/{id}",
#     "update-and-delete-post",
#     "PATCH /api/posts/{id} changes only the fields sent and answers 200 {data: post}",
# )
# todo(
#     router,
#     "DELETE",
#     "/{id}",
#     "update-and-delete-post",
#     "DELETE /api/posts/{id} answers 204, then 404",
# )
# todo(
#     router,
#     "GET",
#     "/{id}/comments",
#     "pagination",
#     "GET /api/posts/{id}/comments answers a page of comments",
# )
# todo(
#     router,
#     "POST",
#     "/{id}/comments",
#     "ownership-401-vs-403",
#     "POST /api/posts/{id}/comments (Bearer token) answers 201",
# )
# # TODO (stage create-and-read-post) GET /{id} answers {data: post} (until then: 404)
# @starter-end
