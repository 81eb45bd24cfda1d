import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
const { createSessionStore } = await import(pathToFileURL(process.env.EXERCISE_FILE).href);

const MINUTE = 60_000;
const ID = /^[A-Za-z0-9_-]{43,}$/;

function clock(start = 1_700_000_000_000) {
  const c = () => c.t;
  c.t = start;
  c.advance = (ms) => { c.t += ms; };
  return c;
}

/** `name=value; A; B=c` → { name, value, attrs: Map(lowercased name → value or true) } */
function parseSetCookie(header) {
  assert.equal(typeof header, 'string', 'cookie() must return the header value as a string');
  const [pair, ...rest] = header.split(';').map((s) => s.trim());
  const eq = pair.indexOf('=');
  const attrs = new Map(rest.filter(Boolean).map((a) => {
    const i = a.indexOf('=');
    return i < 0 ? [a.toLowerCase(), true] : [a.slice(0, i).toLowerCase(), a.slice(i + 1)];
  }));
  return { name: pair.slice(0, eq), value: pair.slice(eq + 1), attrs };
}

test('login returns a fresh 43+ character base64url id each time, and get finds the user', () => {
  const store = createSessionStore();
  const ids = Array.from({ length: 50 }, (_, i) => store.login(`user-${i}`));
  for (const id of ids) assert.match(id, ID, `a session id must be at least 32 random bytes as base64url (43+ characters), got ${JSON.stringify(id)}`);
  assert.equal(new Set(ids).size, 50, 'every login must return a different id');
  assert.deepEqual(store.get(ids[7]), { userId: 'user-7', data: {} });
});

test('ids are not guessable: no two share a long common prefix (counters and clocks do)', () => {
  const store = createSessionStore({ now: () => 1_700_000_000_000 });
  const ids = Array.from({ length: 20 }, () => store.login('u'));
  const prefix = (a, b) => { let i = 0; while (a[i] === b[i]) i++; return i; };
  let longest = 0;
  for (let i = 1; i < ids.length; i++) longest = Math.max(longest, prefix(ids[i - 1], ids[i]));
  assert.ok(longest < 8, `two ids share their first ${longest} characters: build them from randomBytes(32), not from the clock or a counter`);
});

test('get: unknown, empty or non-string ids answer null', () => {
  const store = createSessionStore();
  store.login('u');
  assert.equal(store.get('nope'), null);
  assert.equal(store.get(''), null);
  assert.equal(store.get(undefined), null);
});

test('session fixation: login with the current session id gives a NEW id and destroys the old session, keeping its data', () => {
  const store = createSessionStore();
  const anon = store.login('guest');
  store.get(anon).data.cart = ['book'];
  const sid = store.login('user-42', anon);
  assert.notEqual(sid, anon, 'login must never keep the id the browser already had (session fixation)');
  assert.equal(store.get(anon), null, 'the old session must be destroyed at login');
  assert.deepEqual(store.get(sid), { userId: 'user-42', data: { cart: ['book'] } }, 'the data of the old session moves to the new one');
});

test('session fixation: an id planted by an attacker (never issued) is not adopted at login', () => {
  const store = createSessionStore();
  const planted = 'attacker-chose-this-id-aaaaaaaaaaaaaaaaaaaaaaaaa';
  const sid = store.login('victim', planted);
  assert.notEqual(sid, planted, 'login adopted an id that the browser sent: an attacker who planted it is now logged in as the victim');
  assert.equal(store.get(planted), null, 'the planted id must not name a session');
  assert.deepEqual(store.get(sid), { userId: 'victim', data: {} });
});

test('get returns the same data object each time, so the app can write to it', () => {
  const store = createSessionStore();
  const sid = store.login('u');
  store.get(sid).data.theme = 'dark';
  assert.equal(store.get(sid).data.theme, 'dark');
});

test('idle expiry: valid 1 ms before lastSeen + idleTimeout, gone exactly at it', () => {
  const now = clock();
  const store = createSessionStore({ idleTimeoutMs: 30 * MINUTE, now });
  const a = store.login('a');
  const b = store.login('b');
  now.advance(30 * MINUTE - 1);
  assert.notEqual(store.get(a), null, 'a session must still be valid 1 ms before its idle timeout');
  now.advance(1);
  assert.equal(store.get(b), null, 'a session idle for exactly idleTimeoutMs is expired (now() >= lastSeen + idleTimeoutMs)');
});

test('sliding expiry: each get pushes the idle deadline back', () => {
  const now = clock();
  const store = createSessionStore({ idleTimeoutMs: 30 * MINUTE, now });
  const sid = store.login('u');
  for (let i = 0; i < 5; i++) {
    now.advance(20 * MINUTE);
    assert.notEqual(store.get(sid), null, `after ${(i + 1) * 20} minutes with a request every 20 minutes, the session must still be alive (sliding expiry: get sets lastSeen)`);
  }
  now.advance(30 * MINUTE);
  assert.equal(store.get(sid), null, 'after 30 idle minutes it expires');
});

test('absolute expiry: a busy session still ends absoluteTimeoutMs after login', () => {
  const now = clock();
  const store = createSessionStore({ idleTimeoutMs: 30 * MINUTE, absoluteTimeoutMs: 8 * 60 * MINUTE, now });
  const sid = store.login('u');
  for (let t = 0; t < 8 * 60 - 10; t += 10) {
    now.advance(10 * MINUTE);
    assert.notEqual(store.get(sid), null);
  }
  now.advance(10 * MINUTE);
  assert.equal(store.get(sid), null, 'at createdAt + absoluteTimeoutMs the session is over, however active');
});

test('an expired session stays expired, even if the clock goes back', () => {
  const now = clock();
  const store = createSessionStore({ idleTimeoutMs: MINUTE, now });
  const sid = store.login('u');
  now.advance(MINUTE);
  assert.equal(store.get(sid), null);
  now.advance(-MINUTE);
  assert.equal(store.get(sid), null, 'expired sessions must be forgotten (deleted), not kept around');
});

test('logout destroys the session; unknown ids are ignored', () => {
  const store = createSessionStore();
  const sid = store.login('u');
  const other = store.login('v');
  store.logout(sid);
  assert.equal(store.get(sid), null, 'after logout the id must not work any more');
  assert.notEqual(store.get(other), null, 'logout must only destroy its own session');
  assert.doesNotThrow(() => store.logout('never-issued'));
});

test('cookie(sid): sid=<id>; Path=/; Max-Age=<idle seconds>; HttpOnly; Secure; SameSite=Lax', () => {
  const store = createSessionStore({ idleTimeoutMs: 45 * MINUTE + 999 });
  const sid = store.login('u');
  const c = parseSetCookie(store.cookie(sid));
  assert.equal(c.name, 'sid');
  assert.equal(c.value, sid);
  assert.equal(c.attrs.get('httponly'), true, 'HttpOnly is missing: any script on the page (and every XSS bug) could read the session id');
  assert.equal(c.attrs.get('secure'), true, 'Secure is missing: the cookie would also travel over plain HTTP');
  assert.equal(String(c.attrs.get('samesite')).toLowerCase(), 'lax', 'SameSite=Lax is missing: browsers would send the cookie on cross-site POSTs (CSRF)');
  assert.equal(c.attrs.get('path'), '/', 'Path=/ is missing');
  assert.equal(c.attrs.get('max-age'), String(45 * 60), 'Max-Age is in whole seconds: Math.floor(idleTimeoutMs / 1000)');
  assert.ok(!c.attrs.has('domain'), 'leave Domain out: the cookie then stays on this exact host');
});

test('clearCookie(): an empty sid with Max-Age=0 and the same attributes', () => {
  const c = parseSetCookie(createSessionStore().clearCookie());
  assert.equal(c.name, 'sid');
  assert.equal(c.value, '');
  assert.equal(c.attrs.get('max-age'), '0', 'Max-Age=0 tells the browser to delete the cookie');
  assert.equal(c.attrs.get('path'), '/', 'the deleting cookie needs the same Path, or the browser keeps the old one');
  assert.equal(c.attrs.get('httponly'), true);
  assert.equal(c.attrs.get('secure'), true);
});
