import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';

const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);
const { parseCommand } = mod;

test('no arguments and ["help"] both mean { command: "help" }', () => {
  assert.deepEqual(parseCommand([]), { command: 'help' });
  assert.deepEqual(parseCommand(['help']), { command: 'help' });
});

test('["add", "Ada", "ada@example.com"] becomes an add command with name and email', () => {
  assert.deepEqual(parseCommand(['add', 'Ada', 'ada@example.com']), {
    command: 'add',
    name: 'Ada',
    email: 'ada@example.com',
  });
});

test('"add" without a name or email returns the usage error', () => {
  const usage = { command: 'error', message: 'Usage: add <name> <email>' };
  assert.deepEqual(parseCommand(['add']), usage);
  assert.deepEqual(parseCommand(['add', 'Ada']), usage);
});

test('["list"] lists everyone and ["list", "--active"] only active users', () => {
  assert.deepEqual(parseCommand(['list']), { command: 'list', activeOnly: false });
  assert.deepEqual(parseCommand(['list', '--active']), { command: 'list', activeOnly: true });
});

test('["delete", "42"] becomes { command: "delete", id: 42 } with a numeric id', () => {
  assert.deepEqual(parseCommand(['delete', '42']), { command: 'delete', id: 42 });
});

test('"delete" with a missing, zero, negative, decimal or non-numeric id returns an error', () => {
  const invalid = { command: 'error', message: 'User id must be a positive integer' };
  for (const args of [['delete'], ['delete', '0'], ['delete', '-3'], ['delete', '1.5'], ['delete', 'abc']]) {
    assert.deepEqual(parseCommand(args), invalid, `for ${JSON.stringify(args)}`);
  }
});

test('command names are case-insensitive: ["ADD", "Bo", "bo@x.io"] works', () => {
  assert.deepEqual(parseCommand(['ADD', 'Bo', 'bo@x.io']), { command: 'add', name: 'Bo', email: 'bo@x.io' });
  assert.deepEqual(parseCommand(['List']), { command: 'list', activeOnly: false });
});

test('an unknown command returns "Unknown command: <name>"', () => {
  assert.deepEqual(parseCommand(['remove', '3']), { command: 'error', message: 'Unknown command: remove' });
});
