from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, contains_eager

from app.core.errors import Forbidden, NotFound
from app.models import Comment, Post, utc_now
from app.schemas.comments import (
    COMMENT_SORT_FIELDS,
    AuthorRef,
    CommentIn,
    CommentListQuery,
    CommentOut,
)
from app.schemas.common import parse_sort
from app.services.posts import find_visible


def to_comment_out(comment: Comment) -> CommentOut:
    return CommentOut(
        id=comment.id,
        post_id=comment.post_id,
        body=comment.body,
        # The account is gone (ON DELETE SET NULL) but the comment stays.
        author=None
        if comment.author is None
        else AuthorRef(id=comment.author.id, username=comment.author.username),
        created_at=comment.created_at,
        updated_at=comment.updated_at,
    )


def list_comments(
    session: Session, post_id: int, query: CommentListQuery, viewer_id: int | None
) -> tuple[list[CommentOut], int]:
    find_visible(session, post_id, viewer_id)  # 404 for unknown posts and hidden drafts
    total = session.scalar(select(func.count()).where(Comment.post_id == post_id)) or 0
    ascending = parse_sort(query.sort, COMMENT_SORT_FIELDS)[0].direction == "asc"
    order = (Comment.created_at, Comment.id)
    rows = session.scalars(
        select(Comment)
        .outerjoin(Comment.author)
        .options(contains_eager(Comment.author))
        .where(Comment.post_id == post_id)
        .order_by(*(c.asc() if ascending else c.desc() for c in order))
        .limit(query.limit)
        .offset((query.page - 1) * query.limit)
    ).all()
    return [to_comment_out(c) for c in rows], total


def create_comment(session: Session, post_id: int, author_id: int, data: CommentIn) -> CommentOut:
    find_visible(session, post_id, author_id)
    now = utc_now()
    comment = Comment(
        post_id=post_id, author_id=author_id, body=data.body, created_at=now, updated_at=now
    )
    session.add(comment)
    session.commit()
    return to_comment_out(_find(session, comment.id))


def update_comment(session: Session, comment_id: int, user_id: int, data: CommentIn) -> CommentOut:
    """Only the comment's author may edit it."""
    comment = _find(session, comment_id)
    if comment.author_id != user_id:
        raise Forbidden("Only the author can edit this comment")
    comment.body = data.body
    comment.updated_at = utc_now()
    session.commit()
    return to_comment_out(comment)


def delete_comment(session: Session, comment_id: int, user_id: int) -> None:
    """The comment's author, or the author of the post it is on (moderation), may delete it."""
    comment = _find(session, comment_id)
    if comment.author_id != user_id:
        post_author = session.scalar(select(Post.author_id).where(Post.id == comment.post_id))
        if post_author != user_id:
            raise Forbidden("Only the comment author or the post author can delete this comment")
    session.execute(delete(Comment).where(Comment.id == comment_id))
    session.commit()


def _find(session: Session, comment_id: int) -> Comment:
    comment = session.scalars(
        select(Comment)
        .outerjoin(Comment.author)
        .options(contains_eager(Comment.author))
        .where(Comment.id == comment_id)
    ).first()
    if comment is None:
        raise NotFound("Comment")
    return comment
