import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);

const valid = { email: 'ada@example.com', password: 'lovelace1815', name: 'Ada Lovelace' };
const paths = (r) => (r.ok ? [] : r.errors.map((e) => e.path));

test('buildRegisterSchema(z) returns a Zod schema that accepts a valid body', () => {
  const schema = mod.buildRegisterSchema(z);
  assert.equal(typeof schema?.safeParse, 'function', 'expected a Zod schema');
  assert.equal(schema.safeParse(valid).success, true);
});

test('a valid body parses, with the email trimmed and lower-cased and the name trimmed', () => {
  const r = mod.parseRegister(z, { email: '  Ada@Example.COM ', password: 'lovelace1815', name: '  Ada  ' });
  assert.deepEqual(r, { ok: true, data: { email: 'ada@example.com', password: 'lovelace1815', name: 'Ada' } });
});

test('an invalid email is an error on path "email"', () => {
  for (const email of ['not-an-email', 'ada@', '', 42]) {
    const r = mod.parseRegister(z, { ...valid, email });
    assert.equal(r.ok, false, `email ${JSON.stringify(email)} should be rejected`);
    assert.ok(paths(r).includes('email'), `expected an error on "email", got ${JSON.stringify(paths(r))}`);
  }
});

test('passwords shorter than 8, longer than 72, without a digit or without a letter are rejected', () => {
  for (const password of ['abc123', 'a1'.repeat(37), 'onlyletters', '1234567890']) {
    const r = mod.parseRegister(z, { ...valid, password });
    assert.equal(r.ok, false, `password ${JSON.stringify(password)} should be rejected`);
    assert.ok(paths(r).includes('password'));
  }
  assert.equal(mod.parseRegister(z, { ...valid, password: 'a1'.repeat(36) }).ok, true, 'exactly 72 characters is fine');
});

test('a missing or blank name is an error on path "name"', () => {
  const { name, ...noName } = valid;
  assert.ok(paths(mod.parseRegister(z, noName)).includes('name'));
  assert.ok(paths(mod.parseRegister(z, { ...valid, name: '   ' })).includes('name'));
  assert.ok(paths(mod.parseRegister(z, { ...valid, name: 'x'.repeat(51) })).includes('name'));
});

test('unknown keys such as isAdmin are rejected (strict schema, no mass assignment)', () => {
  const r = mod.parseRegister(z, { ...valid, isAdmin: true });
  assert.equal(r.ok, false);
  assert.match(JSON.stringify(r.errors), /isAdmin/);
});

test('every problem is reported at once, each as { path, message }', () => {
  const r = mod.parseRegister(z, { email: 'nope', password: 'short' });
  assert.equal(r.ok, false);
  assert.deepEqual([...new Set(paths(r))].sort(), ['email', 'name', 'password']);
  for (const e of r.errors) assert.equal(typeof e.message, 'string');
});

test('parseRegister never throws, even for a body that is not an object', () => {
  for (const body of [null, undefined, 'a string', 42, []]) {
    const r = mod.parseRegister(z, body);
    assert.equal(r.ok, false, `body ${JSON.stringify(body)} should be rejected`);
    assert.ok(Array.isArray(r.errors) && r.errors.length > 0);
  }
});
