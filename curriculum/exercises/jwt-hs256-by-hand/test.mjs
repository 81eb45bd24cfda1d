import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import crypto from 'node:crypto';
import { syncBuiltinESMExports } from 'node:module';
const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);

const SECRET = 'test-secret-at-least-32-characters-long';
const T0 = 1_700_000_000_000; // ms
const at = (ms) => () => ms;
const b64 = (v) => Buffer.from(JSON.stringify(v)).toString('base64url');
const json = (part) => JSON.parse(Buffer.from(part, 'base64url').toString());
function makeToken(header, payload, { secret = SECRET, algo = 'sha256' } = {}) {
  const unsigned = `${b64(header)}.${b64(payload)}`;
  return `${unsigned}.${crypto.createHmac(algo, secret).update(unsigned).digest('base64url')}`;
}

test('signJwt returns three base64url parts with header {"alg":"HS256","typ":"JWT"}', () => {
  const token = mod.signJwt({ sub: '42' }, SECRET, { now: at(T0) });
  const parts = token.split('.');
  assert.equal(parts.length, 3);
  for (const p of parts) assert.match(p, /^[A-Za-z0-9_-]+$/);
  assert.deepEqual(json(parts[0]), { alg: 'HS256', typ: 'JWT' });
});

test('the signature is HMAC-SHA256 of "header.payload" with the secret', () => {
  const [h, p, s] = mod.signJwt({ sub: '42' }, SECRET, { now: at(T0) }).split('.');
  assert.equal(s, crypto.createHmac('sha256', SECRET).update(`${h}.${p}`).digest('base64url'));
});

test('signJwt adds iat and exp in seconds from the injected clock, without changing the input object', () => {
  const input = { sub: '42', role: 'reader' };
  const token = mod.signJwt(input, SECRET, { expiresInSeconds: 900, now: at(T0) });
  assert.deepEqual(json(token.split('.')[1]), { sub: '42', role: 'reader', iat: 1_700_000_000, exp: 1_700_000_900 });
  assert.deepEqual(input, { sub: '42', role: 'reader' });
});

test('verifyJwt returns the payload of a valid token (including one made by another HS256 library)', () => {
  const own = mod.signJwt({ sub: '7' }, SECRET, { expiresInSeconds: 60, now: at(T0) });
  assert.equal(mod.verifyJwt(own, SECRET, { now: at(T0 + 1000) }).sub, '7');
  const foreign = makeToken({ typ: 'JWT', alg: 'HS256' }, { sub: 'abc', admin: false });
  assert.deepEqual(mod.verifyJwt(foreign, SECRET, { now: at(T0) }), { sub: 'abc', admin: false });
});

test('verifyJwt throws when the payload was changed after signing', () => {
  const [h, , s] = mod.signJwt({ sub: '42', role: 'reader' }, SECRET, { now: at(T0) }).split('.');
  const forged = `${h}.${b64({ sub: '42', role: 'admin', iat: 1_700_000_000 })}.${s}`;
  assert.throws(() => mod.verifyJwt(forged, SECRET, { now: at(T0) }), Error);
});

test('verifyJwt throws for a token signed with a different secret', () => {
  const token = makeToken({ alg: 'HS256', typ: 'JWT' }, { sub: '42' }, { secret: 'another-secret' });
  assert.throws(() => mod.verifyJwt(token, SECRET, { now: at(T0) }), Error);
});

test('verifyJwt accepts a token until the second before exp, and throws from exp on', () => {
  const token = mod.signJwt({ sub: '42' }, SECRET, { expiresInSeconds: 60, now: at(T0) });
  assert.equal(mod.verifyJwt(token, SECRET, { now: at(T0 + 59_999) }).sub, '42');
  assert.throws(() => mod.verifyJwt(token, SECRET, { now: at(T0 + 60_000) }), Error);
  assert.throws(() => mod.verifyJwt(token, SECRET, { now: at(T0 + 3_600_000) }), Error);
});

test('verifyJwt refuses alg "none" (an unsigned token) and other algorithms such as HS512', () => {
  const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: '1', admin: true })}.`;
  assert.throws(() => mod.verifyJwt(none, SECRET, { now: at(T0) }), Error);
  const hs512 = makeToken({ alg: 'HS512', typ: 'JWT' }, { sub: '1' }, { algo: 'sha512' });
  assert.throws(() => mod.verifyJwt(hs512, SECRET, { now: at(T0) }), Error);
  // even with a correct HS256 signature, a header that names another alg is refused
  for (const alg of ['none', 'HS384', 'RS256', undefined]) {
    const token = makeToken({ alg, typ: 'JWT' }, { sub: '1' });
    assert.throws(() => mod.verifyJwt(token, SECRET, { now: at(T0) }), Error, `for alg ${alg}`);
  }
});

test('verifyJwt throws an Error for malformed tokens', () => {
  for (const bad of ['', 'abc', 'a.b', 'a.b.c.d', '!!!.???.###', `${b64({ alg: 'HS256' })}.not-json.sig`]) {
    assert.throws(() => mod.verifyJwt(bad, SECRET, { now: at(T0) }), Error, `for token ${JSON.stringify(bad)}`);
  }
});

test('verifyJwt compares signatures with crypto.timingSafeEqual', () => {
  const token = mod.signJwt({ sub: '42' }, SECRET, { now: at(T0) });
  const original = crypto.timingSafeEqual;
  let calls = 0;
  crypto.timingSafeEqual = (a, b) => { calls++; return original(a, b); };
  syncBuiltinESMExports();
  try {
    mod.verifyJwt(token, SECRET, { now: at(T0) });
  } finally {
    crypto.timingSafeEqual = original;
    syncBuiltinESMExports();
  }
  assert.ok(calls > 0, 'timingSafeEqual was never called');
});
