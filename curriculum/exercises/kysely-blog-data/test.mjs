import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
// The add-on's path given directly: the checker's sandbox locks the stack-trace hook that
// better-sqlite3's usual loader (`bindings`) relies on to find it.
const nativeBinding = createRequire(import.meta.url).resolve('better-sqlite3/build/Release/better_sqlite3.node');
const learner = await import(pathToFileURL(process.env.EXERCISE_FILE).href);

const cleanups = [];
afterEach(async () => { while (cleanups.length) await cleanups.pop()(); });

/** A fresh in-memory database behind Kysely, and a Migrator that knows the learner's one migration. */
function open() {
  const sqlite = new Database(':memory:', { nativeBinding });
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely({ dialect: new SqliteDialect({ database: sqlite }) });
  cleanups.push(() => db.destroy());
  const migrator = new Migrator({ db, provider: { getMigrations: async () => ({ '0001_blog_schema': { up: learner.up, down: learner.down } }) } });
  return { db, sqlite, migrator };
}

async function migrated() {
  const opened = open();
  const { error } = await opened.migrator.migrateToLatest();
  if (error) throw new Error(`up() failed: ${error.message ?? error}`);
  return opened;
}

const ownTables = (sqlite) => sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'kysely_%' AND name NOT LIKE 'sqlite_%' ORDER BY name").all().map((r) => r.name);
const ownIndexes = (sqlite) => sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'kysely_%' AND name NOT LIKE 'sqlite_%' ORDER BY name").all().map((r) => r.name);
const columns = (sqlite, table) => Object.fromEntries(sqlite.prepare(`SELECT name, type, "notnull", pk, dflt_value FROM pragma_table_info('${table}')`).all().map((c) => [c.name, c]));

/** Two authors and posts published at chosen moments (null: a draft), inserted in this order. */
async function seed(db, posts) {
  await db.insertInto('users').values([
    { id: 1, email: 'ada@example.com', display_name: 'Ada' },
    { id: 2, email: 'linus@example.com', display_name: 'Linus' },
  ]).execute();
  for (const [i, [authorId, publishedAt]] of posts.entries()) {
    await db.insertInto('posts').values({ id: i + 1, author_id: authorId, title: `Post ${i + 1}`, body: '', published_at: publishedAt }).execute();
  }
}

test('up() creates users and posts with the columns, keys and defaults asked for', async () => {
  const { sqlite } = await migrated();
  assert.deepEqual(ownTables(sqlite), ['posts', 'users'], 'up() must create exactly the tables users and posts');
  const users = columns(sqlite, 'users');
  assert.deepEqual(Object.keys(users).sort(), ['display_name', 'email', 'id'], 'users has the columns id, email, display_name');
  assert.equal(users.id.pk, 1, 'users.id is the primary key');
  assert.equal(users.email.notnull, 1, 'users.email is NOT NULL');
  assert.equal(users.display_name.notnull, 1, 'users.display_name is NOT NULL');
  const posts = columns(sqlite, 'posts');
  assert.deepEqual(Object.keys(posts).sort(), ['author_id', 'body', 'id', 'published_at', 'title'], 'posts has the columns id, author_id, title, body, published_at');
  assert.equal(posts.id.pk, 1, 'posts.id is the primary key');
  for (const name of ['author_id', 'title', 'body']) assert.equal(posts[name].notnull, 1, `posts.${name} is NOT NULL`);
  assert.equal(posts.published_at.notnull, 0, 'posts.published_at must allow NULL: NULL means a draft');
  assert.equal(posts.body.dflt_value, "''", "posts.body defaults to '' (defaultTo(''))");
  sqlite.prepare("INSERT INTO users (email, display_name) VALUES ('a@example.com', 'A')").run();
  assert.throws(() => sqlite.prepare("INSERT INTO users (email, display_name) VALUES ('a@example.com', 'B')").run(), /UNIQUE/, 'users.email must be UNIQUE: two accounts with one email were accepted');
});

test('posts.author_id references users.id, and deleting a user deletes their posts', async () => {
  const { sqlite, db } = await migrated();
  const fks = sqlite.prepare("SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('posts')").all();
  assert.deepEqual(fks.map((f) => `${f.from} -> ${f.table}.${f.to}`), ['author_id -> users.id'], "posts.author_id must be a foreign key to users.id (.references('users.id'))");
  assert.equal(fks[0].on_delete, 'CASCADE', "deleting a user must delete their posts: .onDelete('cascade')");
  await seed(db, [[1, '2026-03-01T09:00:00Z']]);
  assert.throws(() => sqlite.prepare("INSERT INTO posts (author_id, title, body) VALUES (99, 'orphan', '')").run(), /FOREIGN KEY/, 'a post by a user that does not exist was accepted');
});

test('an index on posts (published_at, id) serves the feed order', async () => {
  const { sqlite } = await migrated();
  const indexed = sqlite.prepare("SELECT name FROM pragma_index_list('posts')").all()
    .map((i) => sqlite.prepare(`SELECT name FROM pragma_index_info('${i.name}') ORDER BY seqno`).all().map((c) => c.name).join(','));
  assert.ok(indexed.includes('published_at,id'), `posts needs an index on (published_at, id), the columns the feed sorts by; found: ${indexed.join(' | ') || 'none'}`);
});

test('down() drops everything up() created, and up() runs again after it', async () => {
  const { sqlite, migrator } = await migrated();
  const { error, results } = await migrator.migrateDown();
  assert.equal(error, undefined, `down() failed: ${error?.message ?? error}`);
  assert.deepEqual(results?.map((r) => r.status), ['Success']);
  assert.deepEqual(ownTables(sqlite), [], `after down() these tables are still there: ${ownTables(sqlite).join(', ')}. down() must drop everything up() created (posts first: it references users)`);
  assert.deepEqual(ownIndexes(sqlite), [], `after down() these indexes are still there: ${ownIndexes(sqlite).join(', ')}`);
  const again = await migrator.migrateToLatest();
  assert.equal(again.error, undefined, `up() after down() failed: ${again.error?.message ?? again.error}`);
  assert.deepEqual(ownTables(sqlite), ['posts', 'users']);
});

test('createPost inserts a draft and returns the stored row', async () => {
  const { db } = await migrated();
  await seed(db, []);
  const title = "Robert'); DROP TABLE posts; --";
  const row = await learner.createPost(db, { authorId: 2, title });
  assert.ok(row && typeof row === 'object', `createPost must return the inserted row (.returningAll().executeTakeFirstOrThrow()), got ${JSON.stringify(row)}`);
  assert.deepEqual(row, { id: row.id, author_id: 2, title, body: '', published_at: null }, 'the returned row is the stored one: every column, body defaulting to "" and published_at NULL (a draft)');
  assert.ok(Number.isInteger(row.id), 'the row carries the id the database gave it');
  const stored = await db.selectFrom('posts').selectAll().execute();
  assert.deepEqual(stored, [row], 'exactly one post is stored, equal to the returned row');
});

test('listPublishedPosts: published posts only, with the author\'s display name, newest first', async () => {
  const { db } = await migrated();
  await seed(db, [[1, '2026-03-01T09:00:00Z'], [2, null], [2, '2026-03-03T09:00:00Z'], [1, '2026-03-02T09:00:00Z']]);
  const { posts, total } = await learner.listPublishedPosts(db, { page: 1, limit: 10 });
  assert.ok(Array.isArray(posts), `listPublishedPosts must return { posts, total } with posts an array, got ${JSON.stringify(posts)}`);
  assert.ok(!posts.some((p) => p.id === 2), 'a draft (published_at NULL) was listed: where published_at is not null');
  assert.deepEqual(posts.map((p) => p.id).sort(), [1, 3, 4], `page 1 with limit 10 must hold the 3 published posts; got ids ${JSON.stringify(posts.map((p) => p.id))} (page 1 starts at offset 0)`);
  assert.deepEqual(posts, [
    { id: 3, title: 'Post 3', publishedAt: '2026-03-03T09:00:00Z', author: 'Linus' },
    { id: 4, title: 'Post 4', publishedAt: '2026-03-02T09:00:00Z', author: 'Ada' },
    { id: 1, title: 'Post 1', publishedAt: '2026-03-01T09:00:00Z', author: 'Ada' },
  ], 'each item is { id, title, publishedAt, author } (author = users.display_name through the join), newest published first');
  assert.equal(total, 3, 'total counts the published posts, drafts excluded');
});

test('posts published at the same moment come newest id first, so pages never repeat or skip one', async () => {
  const { db, sqlite } = await migrated();
  const same = '2026-03-01T09:00:00Z';
  await seed(db, [[1, same], [2, same], [1, same], [2, same], [1, '2026-03-02T09:00:00Z']]);
  // Without its index SQLite sorts, and the order of ties is whatever the sort leaves: only an
  // ORDER BY that names a unique column makes it certain (an index can hide the bug until the plan changes).
  for (const { name } of sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'posts' AND sql IS NOT NULL").all()) sqlite.exec(`DROP INDEX "${name}"`);
  const { posts } = await learner.listPublishedPosts(db, { page: 1, limit: 10 });
  assert.deepEqual(posts.map((p) => p.id).sort(), [1, 2, 3, 4, 5], `page 1 with limit 10 must hold the 5 published posts; got ids ${JSON.stringify(posts.map((p) => p.id))} (page 1 starts at offset 0)`);
  assert.deepEqual(posts.map((p) => p.id), [5, 4, 3, 2, 1], "posts with the same published_at came in an arbitrary order: add a unique tie-breaker, .orderBy('posts.id', 'desc') after published_at, or a row can appear on two pages and another on none");
});

test('pages: page 1 starts at the newest post, page 2 goes on from there, past the end is empty', async () => {
  const { db } = await migrated();
  await seed(db, Array.from({ length: 7 }, (_, i) => [1 + (i % 2), `2026-03-0${i + 1}T09:00:00Z`]));
  const page = async (n) => (await learner.listPublishedPosts(db, { page: n, limit: 3 }));
  const first = await page(1);
  assert.deepEqual(first.posts.map((p) => p.id), [7, 6, 5], 'page 1 must start at the newest post: the offset is (page - 1) * limit');
  assert.deepEqual((await page(2)).posts.map((p) => p.id), [4, 3, 2], 'page 2 continues where page 1 ended (offset 3 with limit 3)');
  assert.deepEqual((await page(3)).posts.map((p) => p.id), [1], 'the last page holds what is left');
  assert.deepEqual((await page(4)).posts, [], 'a page past the end is empty');
  assert.equal(first.total, 7, 'total is every published post, not the size of the page');
  const defaults = await learner.listPublishedPosts(db);
  assert.equal(defaults.posts.length, 7, 'with no options: page 1, limit 20');
});

test('publishPost publishes only the post it is given and returns it', async () => {
  const { db } = await migrated();
  await seed(db, [[1, null], [2, null], [1, '2026-03-01T09:00:00Z']]);
  const row = await learner.publishPost(db, 2, '2026-03-05T10:00:00Z');
  const all = await db.selectFrom('posts').select(['id', 'published_at']).orderBy('id').execute();
  assert.ok(all[0].published_at === null && all[2].published_at === '2026-03-01T09:00:00Z', "publishPost(db, 2, …) changed other posts too: an updateTable without .where('id', '=', id) updates every row");
  assert.equal(all[1].published_at, '2026-03-05T10:00:00Z', "post 2's published_at must now be the given moment");
  assert.deepEqual(row, { id: 2, author_id: 2, title: 'Post 2', body: '', published_at: '2026-03-05T10:00:00Z' }, 'publishPost returns the updated row (.returningAll())');
  assert.equal(await learner.publishPost(db, 99, '2026-03-05T10:00:00Z'), undefined, 'no post 99: return undefined (executeTakeFirst)');
});
