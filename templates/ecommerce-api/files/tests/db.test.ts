import { describe, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate.js';
import { useTestApp } from './helpers/app.js';

const t = useTestApp();

describe('database adapter', () => {
  it('records applied migrations and does not apply them twice', async () => {
    const rows = await t.db.all<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
    expect(rows.map((row) => row.name)).toContain('001_initial_schema.sql');
    expect(await migrate(t.db)).toEqual([]);
  });

  it('rolls a transaction back when it throws', async () => {
    const insert = (tx: { run: typeof t.db.run }, email: string) =>
      tx.run(
        "INSERT INTO users (email, name, password_hash, role, created_at) VALUES (?, 'X', 'x', 'customer', ?)",
        [email, new Date().toISOString()],
      );
    await expect(
      t.db.transaction(async (tx) => {
        await insert(tx, 'rollback@example.com');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await t.db.get('SELECT id FROM users WHERE email = ?', ['rollback@example.com'])).toBeUndefined();

    await t.db.transaction((tx) => insert(tx, 'commit@example.com'));
    expect(await t.db.get('SELECT id FROM users WHERE email = ?', ['commit@example.com'])).toBeDefined();
  });

  it('refuses queries on the handle inside a transaction (they would escape it or deadlock)', async () => {
    await expect(t.db.transaction(() => t.db.get('SELECT 1 AS one'))).rejects.toThrow(/use the `tx` argument/);
    expect(await t.db.get<{ one: number }>('SELECT 1 AS one')).toEqual({ one: 1 });
  });
});
