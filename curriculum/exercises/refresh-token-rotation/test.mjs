import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);

const HOUR = 3_600_000;
function clock(start = 1_700_000_000_000) {
  let t = start;
  const now = () => t;
  now.advance = (ms) => { t += ms; };
  return now;
}

test('issue returns a random url-safe token of at least 32 characters, different every time', () => {
  const store = mod.createRefreshTokenStore();
  const a = store.issue('user-1');
  const b = store.issue('user-1');
  assert.equal(typeof a, 'string');
  assert.match(a, /^[A-Za-z0-9_-]{32,}$/);
  assert.notEqual(a, b);
});

test('rotate(token) returns ok with the same userId and a new, different token', () => {
  const store = mod.createRefreshTokenStore();
  const t1 = store.issue('user-1');
  const r = store.rotate(t1);
  assert.equal(r.ok, true);
  assert.equal(r.userId, 'user-1');
  assert.equal(typeof r.token, 'string');
  assert.notEqual(r.token, t1);
});

test('each new token can be rotated in turn (t1 → t2 → t3)', () => {
  const store = mod.createRefreshTokenStore();
  const t2 = store.rotate(store.issue('u')).token;
  const r3 = store.rotate(t2);
  assert.equal(r3.ok, true);
  assert.equal(store.rotate(r3.token).ok, true);
});

test('rotating a token that was already used reports reason "reused"', () => {
  const store = mod.createRefreshTokenStore();
  const t1 = store.issue('user-1');
  store.rotate(t1);
  assert.deepEqual(store.rotate(t1), { ok: false, reason: 'reused' });
});

test('after reuse is detected, the newest token of that family is revoked too', () => {
  const store = mod.createRefreshTokenStore();
  const t1 = store.issue('user-1');
  const t2 = store.rotate(t1).token; // the legitimate client now holds t2
  store.rotate(t1); // the thief replays t1
  assert.deepEqual(store.rotate(t2), { ok: false, reason: 'revoked' });
});

test('revoking one family leaves the user\'s other logins (other families) working', () => {
  const store = mod.createRefreshTokenStore();
  const laptop = store.issue('user-1');
  const phone = store.issue('user-1');
  store.rotate(laptop);
  store.rotate(laptop); // reuse on the laptop family
  const r = store.rotate(phone);
  assert.equal(r.ok, true);
  assert.equal(r.userId, 'user-1');
});

test('an unknown token reports reason "invalid"', () => {
  const store = mod.createRefreshTokenStore();
  store.issue('user-1');
  assert.deepEqual(store.rotate('not-a-token-we-issued'), { ok: false, reason: 'invalid' });
});

test('a token expires ttlMs after it was issued; a rotated token gets a fresh ttl', () => {
  const now = clock();
  const store = mod.createRefreshTokenStore({ ttlMs: 24 * HOUR, now });
  const t1 = store.issue('u');
  now.advance(24 * HOUR - 1);
  const r = store.rotate(t1);
  assert.equal(r.ok, true, 'one millisecond before expiry it still works');
  now.advance(24 * HOUR - 1);
  assert.equal(store.rotate(r.token).ok, true, 'the new token counts its ttl from its own issue time');
  const t3 = store.issue('u');
  now.advance(24 * HOUR);
  assert.deepEqual(store.rotate(t3), { ok: false, reason: 'expired' });
});

test('revoke(token) logs out: the family\'s tokens report "revoked"; unknown tokens are ignored', () => {
  const store = mod.createRefreshTokenStore();
  const t1 = store.issue('u');
  const t2 = store.rotate(t1).token;
  store.revoke(t2);
  assert.deepEqual(store.rotate(t2), { ok: false, reason: 'revoked' });
  assert.doesNotThrow(() => store.revoke('unknown-token'));
});
