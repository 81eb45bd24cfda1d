import type { ExpressionBuilder } from 'kysely';
import { toIso, toIsoOrNull, type Database, type DB, type PostStatus } from '../db/schema.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors.js';
import { slugify } from '../lib/slug.js';
import type {
  CreatePostInput,
  ListPostsQuery,
  POST_SORT_FIELDS,
  UpdatePostInput,
} from '../schemas/posts.js';

/** API sort field -> column. Only these can reach ORDER BY (the schema rejects others). */
const SORT_COLUMNS = {
  createdAt: 'posts.created_at',
  updatedAt: 'posts.updated_at',
  publishedAt: 'posts.published_at',
  title: 'posts.title',
} as const satisfies Record<(typeof POST_SORT_FIELDS)[number], string>;

const POST_COLUMNS = [
  'posts.id',
  'posts.title',
  'posts.body',
  'posts.status',
  'posts.author_id',
  'posts.published_at',
  'posts.created_at',
  'posts.updated_at',
  'users.username as author_username',
] as const;

interface PostJoinRow {
  id: number;
  title: string;
  body: string;
  status: PostStatus;
  author_id: number;
  author_username: string;
  published_at: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
}

/** Published posts are public; drafts are visible to their author only. */
function visibleTo(viewerId: number | undefined) {
  return (eb: ExpressionBuilder<Database, 'posts'>) =>
    viewerId === undefined
      ? eb('posts.status', '=', 'published')
      : eb.or([eb('posts.status', '=', 'published'), eb('posts.author_id', '=', viewerId)]);
}

export class PostsService {
  constructor(private readonly db: DB) {}

  async list(query: ListPostsQuery, viewerId?: number) {
    let base = this.db
      .selectFrom('posts')
      .innerJoin('users', 'users.id', 'posts.author_id')
      .where(visibleTo(viewerId));
    if (query.status) base = base.where('posts.status', '=', query.status);
    if (query.author) base = base.where('users.username', '=', query.author);
    if (query.tag) {
      const tag = query.tag;
      base = base.where((eb) =>
        eb.exists(
          eb
            .selectFrom('post_tags')
            .innerJoin('tags', 'tags.id', 'post_tags.tag_id')
            .select('post_tags.post_id')
            .whereRef('post_tags.post_id', '=', 'posts.id')
            .where('tags.slug', '=', tag),
        ),
      );
    }
    if (query.category) {
      const category = query.category;
      base = base.where((eb) =>
        eb.exists(
          eb
            .selectFrom('post_categories')
            .innerJoin('categories', 'categories.id', 'post_categories.category_id')
            .select('post_categories.post_id')
            .whereRef('post_categories.post_id', '=', 'posts.id')
            .where('categories.slug', '=', category),
        ),
      );
    }

    const { total } = await base
      .select((eb) => eb.fn.countAll().as('total'))
      .executeTakeFirstOrThrow();

    let pageQuery = base.select(POST_COLUMNS);
    for (const key of query.sort) {
      // NULLS LAST gives the same order on SQLite and PostgreSQL for never-published posts.
      pageQuery = pageQuery.orderBy(SORT_COLUMNS[key.field], (ob) =>
        (key.direction === 'asc' ? ob.asc() : ob.desc()).nullsLast(),
      );
    }
    // Tie-breaker so equal timestamps still give a stable order across pages.
    const tieDirection = query.sort[0]?.direction ?? 'desc';
    pageQuery = pageQuery.orderBy('posts.id', tieDirection);

    const rows = await pageQuery
      .limit(query.limit)
      .offset((query.page - 1) * query.limit)
      .execute();
    return { items: await this.hydrate(rows), total: Number(total) };
  }

  async get(id: number, viewerId?: number) {
    const row = await this.findVisible(id, viewerId);
    const [post] = await this.hydrate([row]);
    return post!;
  }

  async create(authorId: number, input: CreatePostInput) {
    const id = await this.db.transaction().execute(async (trx) => {
      await assertCategoriesExist(trx, input.categoryIds);
      const now = new Date().toISOString();
      const post = await trx
        .insertInto('posts')
        .values({
          author_id: authorId,
          title: input.title,
          body: input.body,
          status: input.status,
          published_at: input.status === 'published' ? now : null,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await setTags(trx, post.id, input.tags);
      await setCategories(trx, post.id, input.categoryIds);
      return post.id;
    });
    return this.get(id, authorId);
  }

  async update(id: number, userId: number, input: UpdatePostInput) {
    const row = await this.findVisible(id, userId);
    if (row.author_id !== userId) throw new ForbiddenError('Only the author can edit this post');

    await this.db.transaction().execute(async (trx) => {
      if (input.categoryIds) await assertCategoriesExist(trx, input.categoryIds);
      const now = new Date().toISOString();
      let publishedAt: string | null | undefined;
      if (input.status === 'published' && row.published_at === null) publishedAt = now;
      if (input.status === 'draft') publishedAt = null;
      await trx
        .updateTable('posts')
        .set({
          ...(input.title !== undefined && { title: input.title }),
          ...(input.body !== undefined && { body: input.body }),
          ...(input.status !== undefined && { status: input.status }),
          ...(publishedAt !== undefined && { published_at: publishedAt }),
          updated_at: now,
        })
        .where('id', '=', id)
        .execute();
      if (input.tags) await setTags(trx, id, input.tags);
      if (input.categoryIds) await setCategories(trx, id, input.categoryIds);
    });
    return this.get(id, userId);
  }

  async remove(id: number, userId: number): Promise<void> {
    const row = await this.findVisible(id, userId);
    if (row.author_id !== userId) throw new ForbiddenError('Only the author can delete this post');
    // post_tags, post_categories and comments go with it (ON DELETE CASCADE).
    await this.db.deleteFrom('posts').where('id', '=', id).execute();
  }

  /** 404 both for missing posts and for other people's drafts (do not leak that they exist). */
  async findVisible(id: number, viewerId?: number): Promise<PostJoinRow> {
    const row = await this.db
      .selectFrom('posts')
      .innerJoin('users', 'users.id', 'posts.author_id')
      .select(POST_COLUMNS)
      .where('posts.id', '=', id)
      .where(visibleTo(viewerId))
      .executeTakeFirst();
    if (!row) throw new NotFoundError('Post');
    return row;
  }

  /** Adds tags, categories and comment counts to post rows (three queries, not 3 per post). */
  private async hydrate(rows: PostJoinRow[]) {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [tags, categories, counts] = await Promise.all([
      this.db
        .selectFrom('post_tags')
        .innerJoin('tags', 'tags.id', 'post_tags.tag_id')
        .select(['post_tags.post_id', 'tags.name', 'tags.slug'])
        .where('post_tags.post_id', 'in', ids)
        .orderBy('tags.slug')
        .execute(),
      this.db
        .selectFrom('post_categories')
        .innerJoin('categories', 'categories.id', 'post_categories.category_id')
        .select(['post_categories.post_id', 'categories.id', 'categories.name', 'categories.slug'])
        .where('post_categories.post_id', 'in', ids)
        .orderBy('categories.slug')
        .execute(),
      this.db
        .selectFrom('comments')
        .select((eb) => ['post_id', eb.fn.countAll().as('count')])
        .where('post_id', 'in', ids)
        .groupBy('post_id')
        .execute(),
    ]);
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      body: row.body,
      status: row.status,
      author: { id: row.author_id, username: row.author_username },
      tags: tags.filter((t) => t.post_id === row.id).map(({ name, slug }) => ({ name, slug })),
      categories: categories
        .filter((c) => c.post_id === row.id)
        .map(({ id, name, slug }) => ({ id, name, slug })),
      commentCount: Number(counts.find((c) => c.post_id === row.id)?.count ?? 0),
      publishedAt: toIsoOrNull(row.published_at),
      createdAt: toIso(row.created_at),
      updatedAt: toIso(row.updated_at),
    }));
  }
}

export type Post = Awaited<ReturnType<PostsService['get']>>;

async function assertCategoriesExist(db: DB, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await db.selectFrom('categories').select('id').where('id', 'in', ids).execute();
  const missing = ids.filter((id) => !found.some((f) => f.id === id));
  if (missing.length > 0) {
    throw new ValidationError([
      { path: 'body.categoryIds', message: `Unknown category id(s): ${missing.join(', ')}` },
    ]);
  }
}

/** Replaces a post's tags, creating tags that do not exist yet (matched by slug). */
async function setTags(db: DB, postId: number, names: string[]): Promise<void> {
  await db.deleteFrom('post_tags').where('post_id', '=', postId).execute();
  const bySlug = new Map<string, string>(); // slug -> name; the first spelling wins
  for (const name of names) if (!bySlug.has(slugify(name))) bySlug.set(slugify(name), name);
  if (bySlug.size === 0) return;
  await db
    .insertInto('tags')
    .values([...bySlug].map(([slug, name]) => ({ slug, name })))
    .onConflict((oc) => oc.column('slug').doNothing())
    .execute();
  const tags = await db
    .selectFrom('tags')
    .select('id')
    .where('slug', 'in', [...bySlug.keys()])
    .execute();
  await db
    .insertInto('post_tags')
    .values(tags.map((t) => ({ post_id: postId, tag_id: t.id })))
    .execute();
}

async function setCategories(db: DB, postId: number, categoryIds: number[]): Promise<void> {
  await db.deleteFrom('post_categories').where('post_id', '=', postId).execute();
  const unique = [...new Set(categoryIds)];
  if (unique.length === 0) return;
  await db
    .insertInto('post_categories')
    .values(unique.map((categoryId) => ({ post_id: postId, category_id: categoryId })))
    .execute();
}
