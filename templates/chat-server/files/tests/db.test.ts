import { describe, expect, it } from 'vitest';
import { runMigrations } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/sqlite.js';
import { MessageStore } from '../src/services/message-store.js';

describe('migrations', () => {
  it('applies each .sql file once and records it', () => {
    const db = openDatabase(':memory:');
    expect(runMigrations(db)).toEqual(['001_create_messages.sql']);
    expect(runMigrations(db)).toEqual([]);
    const rows = db.prepare('SELECT name FROM schema_migrations').all();
    expect(rows).toEqual([{ name: '001_create_messages.sql' }]);
    db.close();
  });
});

describe('MessageStore', () => {
  it('stores messages with ids and timestamps and reads them back oldest first', () => {
    const db = openDatabase(':memory:');
    runMigrations(db);
    const store = new MessageStore(db, () => new Date('2026-01-01T00:00:00Z'));

    const first = store.add({ room: 'general', nickname: 'ada', text: 'one' });
    store.add({ room: 'general', nickname: 'bob', text: 'two' });
    store.add({ room: 'other', nickname: 'ada', text: 'elsewhere' });

    expect(first).toEqual({ id: 1, room: 'general', nickname: 'ada', text: 'one', createdAt: '2026-01-01T00:00:00.000Z' });
    expect(store.recent('general', 10).map((m) => m.text)).toEqual(['one', 'two']);
    expect(store.recent('general', 1).map((m) => m.text)).toEqual(['two']);
    expect(store.recent('general', 0)).toEqual([]);
    expect(store.page('general', { limit: 1 })).toMatchObject({ nextBefore: 2 });
    expect(store.page('general', { before: 2, limit: 1 })).toMatchObject({ messages: [{ text: 'one' }], nextBefore: null });
    db.close();
  });

  it('treats hostile input as plain data (parameterized queries)', () => {
    const db = openDatabase(':memory:');
    runMigrations(db);
    const store = new MessageStore(db);
    const text = "'); DROP TABLE messages; --";
    store.add({ room: 'general', nickname: 'ada', text });
    expect(store.recent('general', 5)[0]?.text).toBe(text);
    db.close();
  });
});
