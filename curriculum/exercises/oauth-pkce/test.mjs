import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
const { createCodeVerifier, codeChallenge, createOAuthClient } = await import(pathToFileURL(process.env.EXERCISE_FILE).href);

const AUTHORIZE = 'https://accounts.example.com/oauth2/authorize';
const REDIRECT = 'https://blog.example.com/auth/callback?next=/drafts&lang=en';
const S256 = (v) => createHash('sha256').update(v).digest('base64url');

function client(extra = {}) {
  return createOAuthClient({ authorizeEndpoint: AUTHORIZE, clientId: 'blog-web', redirectUri: REDIRECT, ...extra });
}

function back(query) {
  const url = new URL('https://blog.example.com/auth/callback');
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return url.href;
}

function clock(start = 1_700_000_000_000) {
  const c = () => c.t;
  c.t = start;
  return c;
}

test('createCodeVerifier: 43–128 unreserved characters, different every time', () => {
  const verifiers = Array.from({ length: 30 }, () => createCodeVerifier());
  for (const v of verifiers) {
    assert.equal(typeof v, 'string');
    assert.ok(v.length >= 43 && v.length <= 128, `a code_verifier is 43 to 128 characters long (RFC 7636), got ${v.length}`);
    assert.match(v, /^[A-Za-z0-9\-._~]+$/, `a code_verifier may only use A–Z a–z 0–9 - . _ ~, got ${JSON.stringify(v)}`);
  }
  assert.equal(new Set(verifiers).size, 30, 'every verifier must be new');
});

test('codeChallenge matches the RFC 7636 appendix B example', () => {
  assert.equal(codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'), 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    'S256 is base64url (- and _, no = padding) of the SHA-256 digest bytes: not hex, not standard base64');
});

test('codeChallenge is unpadded base64url of SHA-256 for any verifier', () => {
  for (const v of ['a'.repeat(43), createCodeVerifier(), '~._-0123456789abcdefghijklmnopqrstuvwxyzABCD']) {
    const c = codeChallenge(v);
    assert.doesNotMatch(c, /[=+/]/, `"${c}" is not unpadded base64url`);
    assert.equal(c, S256(v));
  }
});

test('start: the authorize URL carries every parameter, URL-encoded, with an S256 challenge', () => {
  const c = client({ scope: 'openid email profile' });
  const { url, state } = c.start();
  const u = new URL(url);
  assert.equal(u.origin + u.pathname, AUTHORIZE, 'the URL must start with authorizeEndpoint');
  const q = u.searchParams;
  assert.equal(q.get('response_type'), 'code');
  assert.equal(q.get('client_id'), 'blog-web');
  assert.equal(q.get('redirect_uri'), REDIRECT, 'redirect_uri must arrive intact: encode it (its own ?next=…&lang=… must not leak into the authorize query)');
  assert.equal(q.get('lang'), null, 'redirect_uri was not encoded: its &lang=en became a parameter of the authorize URL');
  assert.equal(q.get('scope'), 'openid email profile');
  assert.equal(q.get('state'), state, 'the state in the URL must be the one start() returns');
  assert.equal(q.get('code_challenge_method'), 'S256', 'code_challenge_method must be S256 (plain sends the secret in the URL)');
  const challenge = q.get('code_challenge');
  assert.ok(challenge, 'code_challenge is missing');
  const r = c.callback(back({ code: 'abc', state }));
  assert.equal(r.ok, true, `the callback for a fresh state failed: ${JSON.stringify(r)}`);
  const verifier = new URLSearchParams(r.tokenRequest).get('code_verifier');
  assert.notEqual(challenge, verifier, 'the code_challenge is the verifier itself: anyone who sees the URL can redeem a stolen code');
  assert.equal(challenge, S256(verifier), 'code_challenge must be codeChallenge(the verifier sent with the token request)');
});

test('start: a random 22+ character state, new for every login', () => {
  const c = client();
  const states = Array.from({ length: 20 }, () => c.start().state);
  for (const s of states) assert.match(s, /^[A-Za-z0-9_-]{22,}$/, `state must be 16+ random bytes as base64url, got ${JSON.stringify(s)}`);
  assert.equal(new Set(states).size, 20);
});

test('callback: the token request has grant_type, code, redirect_uri, client_id and the verifier of THIS login', () => {
  const c = client();
  const first = c.start();
  const second = c.start();
  const firstChallenge = new URL(first.url).searchParams.get('code_challenge');
  const secondChallenge = new URL(second.url).searchParams.get('code_challenge');
  const r2 = c.callback(back({ code: 'code/for two+', state: second.state }));
  const r1 = c.callback(back({ code: 'one', state: first.state }));
  assert.equal(r1.ok && r2.ok, true, 'two logins in progress at once must both complete');
  const body = new URLSearchParams(r2.tokenRequest);
  assert.equal(body.get('grant_type'), 'authorization_code');
  assert.equal(body.get('code'), 'code/for two+', 'the code must be form-encoded (it may hold / and +)');
  assert.equal(body.get('redirect_uri'), REDIRECT, 'the token request repeats the exact redirect_uri');
  assert.equal(body.get('client_id'), 'blog-web');
  assert.equal(S256(body.get('code_verifier')), secondChallenge, 'each login must send the verifier made for its own state');
  assert.equal(S256(new URLSearchParams(r1.tokenRequest).get('code_verifier')), firstChallenge);
});

test('callback: a state this client never issued is rejected (CSRF)', () => {
  const c = client();
  c.start();
  assert.deepEqual(c.callback(back({ code: 'attacker-code', state: 'made-up-state-aaaaaaaaaaa' })), { ok: false, reason: 'state-mismatch' },
    'a callback whose state was not issued by start() must be refused: it is how an attacker logs you into their account');
});

test('callback: a missing state is rejected', () => {
  const c = client();
  c.start();
  assert.deepEqual(c.callback(back({ code: 'abc' })), { ok: false, reason: 'state-mismatch' });
});

test('callback: a state works once — a replayed callback is rejected', () => {
  const c = client();
  const { state } = c.start();
  assert.equal(c.callback(back({ code: 'abc', state })).ok, true);
  assert.deepEqual(c.callback(back({ code: 'abc', state })), { ok: false, reason: 'state-mismatch' },
    'the same state came back twice: delete it on first use');
});

test('callback: a state expires ttlMs after start', () => {
  const now = clock();
  const c = client({ ttlMs: 60_000, now });
  const early = c.start();
  const late = c.start();
  now.t += 59_999;
  assert.equal(c.callback(back({ code: 'a', state: early.state })).ok, true, 'valid 1 ms before ttlMs');
  now.t += 1;
  assert.deepEqual(c.callback(back({ code: 'b', state: late.state })), { ok: false, reason: 'expired' }, 'expired at exactly ttlMs');
});

test('callback: the provider\'s error=access_denied is "denied", and uses the state up', () => {
  const c = client();
  const { state } = c.start();
  assert.deepEqual(c.callback(back({ error: 'access_denied', state })), { ok: false, reason: 'denied' });
  assert.deepEqual(c.callback(back({ code: 'late', state })), { ok: false, reason: 'state-mismatch' }, 'a state is used up by any callback that carries it');
});

test('callback: no code is "missing-code"', () => {
  const c = client();
  const { state } = c.start();
  assert.deepEqual(c.callback(back({ state })), { ok: false, reason: 'missing-code' });
});
