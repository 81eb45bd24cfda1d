import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
// The add-on's path given directly: the checker's sandbox locks the stack-trace hook that
// better-sqlite3's usual loader (`bindings`) relies on to find it.
const nativeBinding = createRequire(import.meta.url).resolve('better-sqlite3/build/Release/better_sqlite3.node');
const { migrate } = await import(pathToFileURL(process.env.EXERCISE_FILE).href);

const USERS = 'CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE);\n';
const POSTS = 'CREATE TABLE posts (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL REFERENCES users (id), title TEXT NOT NULL);\nCREATE INDEX posts_author_id_idx ON posts (author_id);\n';
const STATUS = "ALTER TABLE posts ADD COLUMN status TEXT NOT NULL DEFAULT 'draft';\n";
const sha256 = (s) => createHash('sha256').update(s).digest('hex');

const cleanups = [];
afterEach(() => { while (cleanups.length) cleanups.pop()(); });

function setup(files) {
  const dir = mkdtempSync(join(tmpdir(), 'migrations-'));
  const db = new Database(':memory:', { nativeBinding });
  cleanups.push(() => { db.close(); rmSync(dir, { recursive: true, force: true }); });
  const write = (more) => { for (const [name, sql] of Object.entries(more)) writeFileSync(join(dir, name), sql); };
  write(files);
  return { db, dir, write };
}

const tables = (db) => db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((r) => r.name);
const columns = (db, table) => db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all().map((r) => r.name);
const rows = (db) => db.prepare('SELECT version, name, checksum FROM schema_migrations ORDER BY version').all();

const BASE = { '1_create_users.sql': USERS, '2_create_posts.sql': POSTS, '10_add_posts_status.sql': STATUS };

test('applies pending files in numeric order (10 after 2) and returns their names', () => {
  const { db, dir } = setup(BASE);
  let result;
  assert.doesNotThrow(() => { result = migrate(db, dir); }, 'order by the version NUMBER: as text, "10_…" sorts before "2_…" and alters a table that does not exist yet');
  assert.deepEqual(result, ['1_create_users.sql', '2_create_posts.sql', '10_add_posts_status.sql']);
  assert.ok(columns(db, 'posts').includes('status'));
});

test('only <version>_<name>.sql files are migrations: other files are ignored', () => {
  const { db, dir } = setup({ ...BASE, 'README.md': '# not SQL', 'notes.sql': 'THIS IS NOT SQL;', '3_draft.sql.bak': 'NOR THIS;' });
  assert.deepEqual(migrate(db, dir), ['1_create_users.sql', '2_create_posts.sql', '10_add_posts_status.sql']);
});

test('schema_migrations records version, file name and the SHA-256 hex checksum of each file', () => {
  const { db, dir } = setup(BASE);
  migrate(db, dir);
  assert.ok(tables(db).includes('schema_migrations'), 'the table must be called schema_migrations');
  assert.deepEqual(rows(db), [
    { version: 1, name: '1_create_users.sql', checksum: sha256(USERS) },
    { version: 2, name: '2_create_posts.sql', checksum: sha256(POSTS) },
    { version: 10, name: '10_add_posts_status.sql', checksum: sha256(STATUS) },
  ]);
  const at = db.prepare('SELECT applied_at FROM schema_migrations').all();
  for (const { applied_at } of at) assert.ok(applied_at, 'applied_at must be set');
});

test('a second run applies nothing and returns []', () => {
  const { db, dir } = setup(BASE);
  migrate(db, dir);
  let again;
  assert.doesNotThrow(() => { again = migrate(db, dir); }, 'a migration ran twice: skip the versions already in schema_migrations');
  assert.deepEqual(again, []);
  assert.equal(rows(db).length, 3);
});

test('a file added later is applied alone', () => {
  const { db, dir, write } = setup(BASE);
  migrate(db, dir);
  write({ '11_create_tags.sql': 'CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL);' });
  assert.deepEqual(migrate(db, dir), ['11_create_tags.sql']);
  assert.ok(tables(db).includes('tags'));
});

test('a failing file is rolled back entirely, not recorded, names itself, and stops the run', () => {
  const { db, dir, write } = setup({
    ...BASE,
    '11_create_tags.sql': 'CREATE TABLE tags (id INTEGER PRIMARY KEY);\nINSERT INTO no_such_table VALUES (1);\n',
    '12_create_comments.sql': 'CREATE TABLE comments (id INTEGER PRIMARY KEY);',
  });
  assert.throws(() => migrate(db, dir), (error) => {
    assert.match(String(error?.message), /11_create_tags\.sql/, `the error must name the failing file, got: ${error?.message}`);
    return true;
  });
  assert.ok(!tables(db).includes('tags'), 'the first statement of the failing file was kept: run each file inside a transaction (db.transaction) so a failure rolls all of it back');
  assert.deepEqual(rows(db).map((r) => r.version), [1, 2, 10], 'the failed file must not be recorded in schema_migrations, the earlier ones stay');
  assert.ok(!tables(db).includes('comments'), 'after a failure, later files must not run');
  write({ '11_create_tags.sql': 'CREATE TABLE tags (id INTEGER PRIMARY KEY);\n' });
  assert.deepEqual(migrate(db, dir), ['11_create_tags.sql', '12_create_comments.sql'], 'once fixed, the failed file and the ones after it apply');
});

test('an applied file that was edited is refused (checksum), and nothing new is applied', () => {
  const { db, dir, write } = setup(BASE);
  migrate(db, dir);
  write({ '2_create_posts.sql': POSTS.replace('title TEXT NOT NULL', 'title TEXT NOT NULL, body TEXT'), '11_create_tags.sql': 'CREATE TABLE tags (id INTEGER PRIMARY KEY);' });
  assert.throws(() => migrate(db, dir), (error) => {
    assert.match(String(error?.message), /2_create_posts\.sql/, `the error must name the edited file, got: ${error?.message}`);
    assert.match(String(error?.message), /checksum/i, `the error must say the checksum changed, got: ${error?.message}`);
    return true;
  }, 'an applied migration was edited: its checksum no longer matches schema_migrations, so migrate must refuse');
  assert.ok(!tables(db).includes('tags'), 'check every applied checksum BEFORE applying anything new');
});

test('two files with the same version are refused before anything runs', () => {
  const { db, dir } = setup({ ...BASE, '2_create_comments.sql': 'CREATE TABLE comments (id INTEGER PRIMARY KEY);' });
  assert.throws(() => migrate(db, dir), undefined, 'two files share version 2: refuse, do not pick one');
  assert.ok(!tables(db).includes('users'), 'nothing may be applied when versions collide');
});

test('an empty folder: the table is created and [] returned', () => {
  const { db, dir } = setup({});
  assert.deepEqual(migrate(db, dir), []);
  assert.ok(tables(db).includes('schema_migrations'));
});
