import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, StorageError, ValidationError } from '../src/errors.js';
import { UserStore } from '../src/store/user-store.js';
import { useTempDir } from './helpers/temp-dir.js';

const tempDir = useTempDir();

/** A store in a temp folder with a clock that ticks one minute per call. */
function makeStore(file = path.join(tempDir(), 'users.json')) {
  let minute = 0;
  const now = () => new Date(Date.UTC(2026, 0, 1, 12, minute++));
  return new UserStore(file, { now });
}

// @starter-replace: (stage create-users) un-skip these tests as you build create, update and delete
describe('UserStore', () => {
// @starter-else
// describe.skip('TODO (stage create-users): UserStore', () => {
// @starter-end
  it('starts empty when the file does not exist', async () => {
    const store = makeStore();
    expect(await store.list()).toEqual([]);
  });

  it('creates users with increasing ids and timestamps, and persists them', async () => {
    const store = makeStore();
    const ada = await store.create({ name: 'Ada', email: 'ada@example.com', role: 'admin' });
    const bob = await store.create({ name: 'Bob', email: 'bob@example.com' });

    expect(ada).toEqual({
      id: 1,
      name: 'Ada',
      email: 'ada@example.com',
      role: 'admin',
      createdAt: '2026-01-01T12:00:00.000Z',
      updatedAt: '2026-01-01T12:00:00.000Z',
    });
    expect(bob).toMatchObject({ id: 2, role: 'viewer' });

    const reopened = new UserStore(store.filePath);
    expect(await reopened.list()).toEqual([ada, bob]);
    expect(JSON.parse(readFileSync(store.filePath, 'utf8'))).toMatchObject({ version: 1, nextId: 3 });
  });

  it('never reuses the id of a deleted user', async () => {
    const store = makeStore();
    await store.create({ name: 'A', email: 'a@example.com' });
    const second = await store.create({ name: 'B', email: 'b@example.com' });
    await store.delete(second.id);
    const third = await store.create({ name: 'C', email: 'c@example.com' });
    expect(third.id).toBe(3);
  });

  it('rejects a duplicate email, ignoring case', async () => {
    const store = makeStore();
    await store.create({ name: 'Ada', email: 'ada@example.com' });
    await expect(store.create({ name: 'Other', email: 'ADA@example.com' })).rejects.toThrow(ConflictError);
    await expect(store.create({ name: 'Other', email: 'ADA@example.com' })).rejects.toThrow(
      'Email ada@example.com is already used by user 1',
    );
  });

  it('validates before writing anything', async () => {
    const store = makeStore();
    await expect(store.create({ name: '', email: 'x@example.com' })).rejects.toThrow(ValidationError);
    await expect(store.create({ name: 'X', email: 'x@example.com', role: 'root' })).rejects.toThrow(
      'Role must be one of admin, editor, viewer',
    );
    expect(readdirSync(tempDir())).toEqual([]);
  });

  it('filters by role', async () => {
    const store = makeStore();
    await store.create({ name: 'A', email: 'a@example.com', role: 'admin' });
    await store.create({ name: 'B', email: 'b@example.com', role: 'editor' });
    expect((await store.list({ role: 'editor' })).map((u) => u.name)).toEqual(['B']);
  });

  it('updates only the given fields and bumps updatedAt', async () => {
    const store = makeStore();
    const user = await store.create({ name: 'Ada', email: 'ada@example.com' });
    const updated = await store.update(user.id, { role: 'editor' });
    expect(updated).toMatchObject({ name: 'Ada', email: 'ada@example.com', role: 'editor' });
    expect(updated.createdAt).toBe(user.createdAt);
    expect(updated.updatedAt > user.updatedAt).toBe(true);
  });

  it('allows keeping your own email but not taking another user’s', async () => {
    const store = makeStore();
    const ada = await store.create({ name: 'Ada', email: 'ada@example.com' });
    await store.create({ name: 'Bob', email: 'bob@example.com' });
    await expect(store.update(ada.id, { email: 'ADA@example.com' })).resolves.toMatchObject({ id: 1 });
    await expect(store.update(ada.id, { email: 'bob@example.com' })).rejects.toThrow(ConflictError);
  });

  it('refuses an empty update', async () => {
    const store = makeStore();
    const ada = await store.create({ name: 'Ada', email: 'ada@example.com' });
    await expect(store.update(ada.id, {})).rejects.toThrow(/^Nothing to update/);
  });

  it('reports unknown ids', async () => {
    const store = makeStore();
    await expect(store.get(9)).rejects.toThrow(NotFoundError);
    await expect(store.update(9, { name: 'X' })).rejects.toThrow('User 9 not found');
    await expect(store.delete(9)).rejects.toThrow('User 9 not found');
  });

  it('refuses a corrupt file and leaves it untouched', async () => {
    const file = path.join(tempDir(), 'users.json');
    writeFileSync(file, '{ not json');
    const store = makeStore(file);
    await expect(store.list()).rejects.toThrow(StorageError);
    await expect(store.create({ name: 'A', email: 'a@example.com' })).rejects.toThrow(/is not valid JSON/);
    expect(readFileSync(file, 'utf8')).toBe('{ not json');
  });

  it('refuses a file with the wrong shape', async () => {
    const file = path.join(tempDir(), 'users.json');
    writeFileSync(file, JSON.stringify({ version: 1, nextId: 1, users: [{ id: 1 }] }));
    await expect(makeStore(file).list()).rejects.toThrow(/unexpected format/);
  });

  it('creates missing parent folders', async () => {
    const store = makeStore(path.join(tempDir(), 'nested', 'deeper', 'users.json'));
    await store.create({ name: 'A', email: 'a@example.com' });
    expect(await store.list()).toHaveLength(1);
  });
});
