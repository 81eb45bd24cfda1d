import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import crypto from 'node:crypto';
import { syncBuiltinESMExports } from 'node:module';
const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);

const FAST = { N: 1024 }; // a low cost keeps the tests quick; real code uses the default

test('hashPassword returns "scrypt$16384$<salt>$<hash>" by default', async () => {
  const stored = await mod.hashPassword('correct horse');
  assert.equal(typeof stored, 'string');
  assert.match(stored, /^scrypt\$16384\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$/);
});

test('the salt is 16 random bytes and the hash 64 bytes, both base64url', async () => {
  const [, , salt, hash] = (await mod.hashPassword('pw', FAST)).split('$');
  assert.equal(Buffer.from(salt, 'base64url').length, 16);
  assert.equal(Buffer.from(hash, 'base64url').length, 64);
});

test('hashing the same password twice gives different strings (random salt)', async () => {
  const a = await mod.hashPassword('same password', FAST);
  const b = await mod.hashPassword('same password', FAST);
  assert.notEqual(a, b);
});

test('verifyPassword accepts the right password and rejects a wrong one', async () => {
  const stored = await mod.hashPassword('correct horse', FAST);
  assert.equal(await mod.verifyPassword('correct horse', stored), true);
  assert.equal(await mod.verifyPassword('Correct horse', stored), false);
  assert.equal(await mod.verifyPassword('', stored), false);
});

test('verifyPassword uses the N and salt stored in the string (a hash made elsewhere with N=2048 verifies)', async () => {
  const salt = Buffer.alloc(16, 7);
  const key = crypto.scryptSync('s3cret!', salt, 64, { N: 2048, r: 8, p: 1 });
  const stored = `scrypt$2048$${salt.toString('base64url')}$${key.toString('base64url')}`;
  assert.equal(await mod.verifyPassword('s3cret!', stored), true);
  assert.equal(await mod.verifyPassword('s3cret?', stored), false);
});

test('verifyPassword returns false (does not throw) for malformed stored values', async () => {
  for (const bad of ['plain-text-password', 'bcrypt$10$abc$def', 'scrypt$abc$def', 'scrypt$x$AAAA$BBBB', '']) {
    assert.equal(await mod.verifyPassword('pw', bad), false, `for stored value ${JSON.stringify(bad)}`);
  }
});

test('verifyPassword returns false when the stored hash is not the full 64 bytes (e.g. truncated)', async () => {
  const stored = await mod.hashPassword('pw', FAST);
  const truncated = stored.slice(0, -10);
  assert.equal(await mod.verifyPassword('pw', truncated), false);
});

test('verifyPassword compares the hashes with crypto.timingSafeEqual', async () => {
  const stored = await mod.hashPassword('pw', FAST);
  const original = crypto.timingSafeEqual;
  let calls = 0;
  crypto.timingSafeEqual = (a, b) => { calls++; return original(a, b); };
  syncBuiltinESMExports();
  try {
    assert.equal(await mod.verifyPassword('pw', stored), true);
  } finally {
    crypto.timingSafeEqual = original;
    syncBuiltinESMExports();
  }
  assert.ok(calls > 0, 'timingSafeEqual was never called');
});
