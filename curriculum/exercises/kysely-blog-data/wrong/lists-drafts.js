// WRONG: the list forgets the drafts filter: unpublished posts leak into the public feed
// Week 8 — the blog's data layer with Kysely: one migration (up/down) and typed queries.
// `db` is a Kysely instance on SQLite, passed in by the caller: this file imports nothing.

/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
  await db.schema
    .createTable('users')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('email', 'text', (col) => col.notNull().unique())
    .addColumn('display_name', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('posts')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('author_id', 'integer', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('published_at', 'text')
    .execute();
  // The feed's ORDER BY, so a page is read from the index instead of sorting every post.
  await db.schema.createIndex('posts_published_at_id_idx').on('posts').columns(['published_at', 'id']).execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
  // Reverse order: posts references users. Dropping a table drops its indexes too.
  await db.schema.dropTable('posts').execute();
  await db.schema.dropTable('users').execute();
}

/**
 * One page of published posts, newest first, with the author's display name.
 * @param {import('kysely').Kysely<any>} db
 * @param {{ page?: number, limit?: number }} [options]
 */
export async function listPublishedPosts(db, { page = 1, limit = 20 } = {}) {
  const posts = await db
    .selectFrom('posts')
    .innerJoin('users', 'users.id', 'posts.author_id')
    .select(['posts.id', 'posts.title', 'posts.published_at as publishedAt', 'users.display_name as author'])
    .orderBy('posts.published_at', 'desc')
    .orderBy('posts.id', 'desc')
    .limit(limit)
    .offset((page - 1) * limit)
    .execute();
  const { total } = await db
    .selectFrom('posts')
    .select((eb) => eb.fn.countAll().as('total'))
    .where('published_at', 'is not', null)
    .executeTakeFirstOrThrow();
  return { posts, total: Number(total) };
}

/**
 * Inserts a draft and returns the stored row.
 * @param {import('kysely').Kysely<any>} db
 * @param {{ authorId: number, title: string, body?: string }} post
 */
export async function createPost(db, { authorId, title, body = '' }) {
  return db
    .insertInto('posts')
    .values({ author_id: authorId, title, body })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Publishes one post at `at` (an ISO-8601 string); returns the updated row, or undefined when no
 * post has that id.
 * @param {import('kysely').Kysely<any>} db
 * @param {number} id
 * @param {string} at
 */
export async function publishPost(db, id, at) {
  return db.updateTable('posts').set({ published_at: at }).where('id', '=', id).returningAll().executeTakeFirst();
}
