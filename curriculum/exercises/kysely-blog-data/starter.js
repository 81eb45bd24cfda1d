// Week 8 — the blog's data layer with Kysely: one migration (up/down) and typed queries.
// `db` is a Kysely instance on SQLite, passed in by the caller: this file imports nothing.

/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
  // Placeholder: only the users table, without its constraints. Add posts, its foreign key and the index.
  await db.schema
    .createTable('users')
    .addColumn('id', 'integer', (col) => col.primaryKey())
    .addColumn('email', 'text')
    .addColumn('display_name', 'text')
    .execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
  // Placeholder: undoes nothing.
}

/**
 * One page of published posts, newest first, with the author's display name.
 * @param {import('kysely').Kysely<any>} db
 * @param {{ page?: number, limit?: number }} [options]
 * @returns {Promise<{ posts: { id: number, title: string, publishedAt: string, author: string }[], total: number }>}
 */
export async function listPublishedPosts(db, { page = 1, limit = 20 } = {}) {
  return { posts: [], total: 0 };
}

/**
 * Inserts a draft and returns the stored row.
 * @param {import('kysely').Kysely<any>} db
 * @param {{ authorId: number, title: string, body?: string }} post
 */
export async function createPost(db, { authorId, title, body = '' }) {
  return undefined;
}

/**
 * Publishes one post at `at` (an ISO-8601 string); returns the updated row, or undefined when no
 * post has that id.
 * @param {import('kysely').Kysely<any>} db
 * @param {number} id
 * @param {string} at
 */
export async function publishPost(db, id, at) {
  return undefined;
}
