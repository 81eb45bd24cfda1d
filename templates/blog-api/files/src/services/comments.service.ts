import { toIso, type DB } from '../db/schema.js';
import { ForbiddenError, NotFoundError } from '../errors.js';
import type { CreateCommentInput, ListCommentsQuery } from '../schemas/comments.js';
import type { PostsService } from './posts.service.js';

interface CommentJoinRow {
  id: number;
  post_id: number;
  body: string;
  author_id: number | null;
  author_username: string | null;
  created_at: Date | string;
  updated_at: Date | string;
}

const COMMENT_COLUMNS = [
  'comments.id',
  'comments.post_id',
  'comments.body',
  'comments.author_id',
  'comments.created_at',
  'comments.updated_at',
  'users.username as author_username',
] as const;

function toComment(row: CommentJoinRow) {
  return {
    id: row.id,
    postId: row.post_id,
    body: row.body,
    // The account is gone (ON DELETE SET NULL) but the comment stays.
    author:
      row.author_id === null || row.author_username === null
        ? null
        : { id: row.author_id, username: row.author_username },
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

export class CommentsService {
  constructor(
    private readonly db: DB,
    private readonly posts: PostsService,
  ) {}

  async list(postId: number, query: ListCommentsQuery, viewerId?: number) {
    await this.posts.findVisible(postId, viewerId); // 404 for unknown posts and hidden drafts
    const base = this.db
      .selectFrom('comments')
      .leftJoin('users', 'users.id', 'comments.author_id')
      .where('comments.post_id', '=', postId);
    const { total } = await base
      .select((eb) => eb.fn.countAll().as('total'))
      .executeTakeFirstOrThrow();
    const direction = query.sort[0]?.direction ?? 'asc';
    const rows = await base
      .select(COMMENT_COLUMNS)
      .orderBy('comments.created_at', direction)
      .orderBy('comments.id', direction)
      .limit(query.limit)
      .offset((query.page - 1) * query.limit)
      .execute();
    return { items: rows.map(toComment), total: Number(total) };
  }

  async create(postId: number, authorId: number, input: CreateCommentInput) {
    await this.posts.findVisible(postId, authorId);
    const now = new Date().toISOString();
    const { id } = await this.db
      .insertInto('comments')
      .values({
        post_id: postId,
        author_id: authorId,
        body: input.body,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return toComment(await this.find(id));
  }

  /** Only the comment's author may edit it. */
  async update(id: number, userId: number, input: CreateCommentInput) {
    const comment = await this.find(id);
    if (comment.author_id !== userId)
      throw new ForbiddenError('Only the author can edit this comment');
    await this.db
      .updateTable('comments')
      .set({ body: input.body, updated_at: new Date().toISOString() })
      .where('id', '=', id)
      .execute();
    return toComment(await this.find(id));
  }

  /** The comment's author, or the author of the post it is on (moderation), may delete it. */
  async remove(id: number, userId: number): Promise<void> {
    const comment = await this.find(id);
    if (comment.author_id !== userId) {
      const post = await this.db
        .selectFrom('posts')
        .select('author_id')
        .where('id', '=', comment.post_id)
        .executeTakeFirst();
      if (post?.author_id !== userId) {
        throw new ForbiddenError(
          'Only the comment author or the post author can delete this comment',
        );
      }
    }
    await this.db.deleteFrom('comments').where('id', '=', id).execute();
  }

  private async find(id: number): Promise<CommentJoinRow> {
    const row = await this.db
      .selectFrom('comments')
      .leftJoin('users', 'users.id', 'comments.author_id')
      .select(COMMENT_COLUMNS)
      .where('comments.id', '=', id)
      .executeTakeFirst();
    if (!row) throw new NotFoundError('Comment');
    return row;
  }
}
