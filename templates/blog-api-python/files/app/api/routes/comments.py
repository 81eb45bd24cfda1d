"""/api/comments/{id}: listing and creating live under /api/posts/{id}/comments."""

# @starter-replace: (stage ownership-401-vs-403) a comments service: only authors edit/delete
from fastapi import APIRouter, Response, status

from app.api.deps import CurrentUser, SessionDep, errors
from app.api.routes.params import IdParam
from app.schemas.comments import CommentIn, CommentOut
from app.schemas.common import Envelope
from app.services import comments

router = APIRouter(
    prefix="/api/comments", tags=["comments"], responses=errors(400, 422, 401, 403, 404)
)


@router.patch("/{id}")
def update_comment(
    id: IdParam, data: CommentIn, user: CurrentUser, session: SessionDep
) -> Envelope[CommentOut]:
    """Only the comment's author may edit it."""
    return Envelope(data=comments.update_comment(session, id, user.user_id, data))


@router.delete("/{id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response)
def delete_comment(id: IdParam, user: CurrentUser, session: SessionDep) -> None:
    """The comment's author or the post's author (moderation) may delete it."""
    comments.delete_comment(session, id, user.user_id)
# @starter-else
# from fastapi import APIRouter
#
# from app.api.deps import errors
# from app.api.todo import todo
#
# router = APIRouter(
#     prefix="/api/comments", tags=["comments"], responses=errors(400, 422, 401, 403, 404)
# )
# todo(
#     router,
#     "PATCH",
#     "/{id}",
#     "ownership-401-vs-403",
#     "PATCH /api/comments/{id}: 200 for its author, 403 for anyone else",
# )
# todo(
#     router,
#     "DELETE",
#     "/{id}",
#     "ownership-401-vs-403",
#     "DELETE /api/comments/{id}: 204 for its author, 403 for anyone else",
# )
# @starter-end
