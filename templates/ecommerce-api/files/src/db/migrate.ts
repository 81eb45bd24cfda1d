import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './types.js';

/** migrations/<dialect>/ at the project root; works from src/ (tsx) and dist/ (node). */
export function migrationsDir(dialect: Database['dialect']): string {
  return fileURLToPath(new URL(`../../migrations/${dialect}`, import.meta.url));
}

/**
 * Applies every `NNN_name.sql` file not yet recorded in `schema_migrations`, in
 * file-name order, each in its own transaction. Returns the names it applied.
 * Migrations are forward-only: to change the schema, add a new file.
 */
export async function migrate(db: Database, dir = migrationsDir(db.dialect)): Promise<string[]> {
  await db.run(
    `CREATE TABLE IF NOT EXISTS schema_migrations (
       name VARCHAR(255) PRIMARY KEY,
       applied_at VARCHAR(40) NOT NULL
     )`,
  );
  const files = (await readdir(dir)).filter((file) => file.endsWith('.sql')).sort();
  const rows = await db.all<{ name: string }>('SELECT name FROM schema_migrations');
  const done = new Set(rows.map((row) => row.name));

  const applied: string[] = [];
  for (const file of files) {
    if (done.has(file)) continue;
    const script = await readFile(path.join(dir, file), 'utf8');
    await db.transaction(async (tx) => {
      await tx.exec(script);
      await tx.run('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)', [
        file,
        new Date().toISOString(),
      ]);
    });
    applied.push(file);
  }
  return applied;
}
