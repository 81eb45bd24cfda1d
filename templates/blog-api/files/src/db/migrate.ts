import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DatabaseHandle } from './handle.js';

/**
 * Applies every not-yet-applied `NNN_name.sql` file from the dialect's migrations
 * folder, in file-name order, each inside its own transaction, and records it in
 * `schema_migrations`. Returns the names it applied.
 */
export async function migrate(handle: DatabaseHandle): Promise<string[]> {
  const { db } = handle;
  await db.schema
    .createTable('schema_migrations')
    .ifNotExists()
    .addColumn('name', 'varchar(255)', (col) => col.primaryKey())
    .addColumn('applied_at', 'varchar(64)', (col) => col.notNull())
    .execute();

  const files = (await readdir(handle.migrationsDir)).filter((f) => f.endsWith('.sql')).sort();
  const done = new Set(
    (await db.selectFrom('schema_migrations').select('name').execute()).map((r) => r.name),
  );

  const applied: string[] = [];
  for (const file of files) {
    if (done.has(file)) continue;
    const script = await readFile(path.join(handle.migrationsDir, file), 'utf8');
    await db.transaction().execute(async (trx) => {
      await handle.runScript(trx, script);
      await trx
        .insertInto('schema_migrations')
        .values({ name: file, applied_at: new Date().toISOString() })
        .execute();
    });
    applied.push(file);
  }
  return applied;
}
