import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useTempDir } from './helpers/temp-dir.js';

const cliPath = inject('cliPath');
const tempDir = useTempDir('users-e2e-');

/** Runs the built CLI (`node dist/cli.js ...args`) in a temp folder, like a user would. */
function users(args: string[], env: Record<string, string> = {}) {
  const { USERS_FILE: _ignored, ...baseEnv } = process.env;
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: tempDir(),
    env: { ...baseEnv, ...env },
    encoding: 'utf8',
    timeout: 10_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function createAda() {
  return users(['create', '--name', 'Ada Lovelace', '--email', 'ada@example.com', '--role', 'admin']);
}

// @starter-replace: (stage create-users) un-skip these tests as you build create, update and delete
describe('users CLI', () => {
// @starter-else
// describe.skip('TODO (stage create-users): users CLI', () => {
// @starter-end
  it('creates a user in ./users.json by default', () => {
    const result = createAda();
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Created user 1\n/);
    expect(result.stdout).toContain('email:   ada@example.com');
    const file = JSON.parse(readFileSync(path.join(tempDir(), 'users.json'), 'utf8'));
    expect(file.users[0]).toMatchObject({ id: 1, name: 'Ada Lovelace', role: 'admin' });
  });

  it('uses USERS_FILE when set', () => {
    const result = users(['create', '--name', 'Bob', '--email', 'bob@example.com'], {
      USERS_FILE: 'data/people.json',
    });
    expect(result.code).toBe(0);
    expect(existsSync(path.join(tempDir(), 'data', 'people.json'))).toBe(true);
    expect(existsSync(path.join(tempDir(), 'users.json'))).toBe(false);
  });

  it('lists users as a table, as JSON, and filtered by role', () => {
    createAda();
    users(['create', '--name', 'Bob', '--email', 'bob@example.com']);

    const table = users(['list']);
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+NAME\s+EMAIL\s+ROLE\s+CREATED$/);
    expect(lines).toHaveLength(3);

    const json = JSON.parse(users(['list', '--json']).stdout);
    expect(json.map((u: { email: string }) => u.email)).toEqual(['ada@example.com', 'bob@example.com']);

    const viewers = JSON.parse(users(['list', '--role', 'viewer', '--json']).stdout);
    expect(viewers).toHaveLength(1);
    expect(viewers[0].name).toBe('Bob');
  });

  it('says so when there are no users', () => {
    expect(users(['list'])).toEqual({ code: 0, stdout: 'No users found.\n', stderr: '' });
  });

  it('shows, updates and deletes a user', () => {
    createAda();
    expect(JSON.parse(users(['show', '1', '--json']).stdout)).toMatchObject({ id: 1, role: 'admin' });

    const updated = users(['update', '1', '--role', 'editor', '--name', 'Ada King']);
    expect(updated.code).toBe(0);
    expect(updated.stdout).toContain('name:    Ada King');
    expect(updated.stdout).toContain('role:    editor');

    expect(users(['delete', '1'])).toMatchObject({ code: 0, stdout: 'Deleted user 1 (ada@example.com)\n' });
    expect(users(['show', '1'])).toMatchObject({ code: 3, stderr: 'Error: User 1 not found\n' });
  });

  it('does not reuse ids after a delete', () => {
    createAda();
    users(['delete', '1']);
    expect(users(['create', '--name', 'Bob', '--email', 'bob@example.com']).stdout).toMatch(
      /^Created user 2\n/,
    );
  });

  it('exits 2 with a clear message on invalid input', () => {
    expect(users(['create', '--name', 'X', '--email', 'not-an-email'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'Error: Email must be a valid email address like name@example.com\n',
    });
    expect(users(['create', '--name', '  ', '--email', 'x@example.com']).stderr).toBe(
      'Error: Name must not be empty\n',
    );
    expect(users(['create', '--name', 'X', '--email', 'x@example.com', '--role', 'root'])).toMatchObject({
      code: 2,
      stderr: 'Error: Role must be one of admin, editor, viewer\n',
    });
    expect(users(['show', 'abc'])).toMatchObject({
      code: 2,
      stderr: 'Error: User id must be a positive whole number\n',
    });
    expect(users(['update', '1']).code).toBe(2);
  });

  it('exits 4 when the email is taken', () => {
    createAda();
    expect(users(['create', '--name', 'Copy', '--email', 'ADA@example.com'])).toMatchObject({
      code: 4,
      stderr: 'Error: Email ada@example.com is already used by user 1\n',
    });
  });

  it('exits 2 on usage errors reported by commander', () => {
    const missing = users(['create', '--name', 'X']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option '--email <email>' not specified");

    expect(users(['frobnicate']).code).toBe(2);
    expect(users(['list', '--colour']).code).toBe(2);
  });

  it('exits 5 when the users file is corrupt', () => {
    writeFileSync(path.join(tempDir(), 'users.json'), 'garbage');
    const result = users(['list']);
    expect(result.code).toBe(5);
    expect(result.stderr).toMatch(/^Error: Users file .*users\.json is not valid JSON/);
  });

  it('prints help and version with exit code 0', () => {
    const help = users(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: users');
    for (const command of ['create', 'list', 'show', 'update', 'delete']) expect(help.stdout).toContain(command);
    expect(users(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
