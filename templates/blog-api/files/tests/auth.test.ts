import { SignJWT } from 'jose';
import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, registerUser, type TestContext } from './helpers/context.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());
beforeEach(() => ctx.reset());

const credentials = {
  email: 'alice@example.com',
  username: 'alice',
  password: 'correct horse battery staple',
};

// @starter-replace: (stage register-and-login) un-skip these tests when the stage passes
describe('POST /api/auth/register', () => {
// @starter-else
// describe.skip('TODO (stage register-and-login): POST /api/auth/register', () => {
// @starter-end
  it('creates the user and returns a token pair (201)', async () => {
    const res = await request(ctx.app).post('/api/auth/register').send(credentials);
    expect(res.status).toBe(201);
    expect(res.body.data.user).toMatchObject({
      username: 'alice',
      displayName: 'alice', // no displayName sent: the username
      role: 'reader', // the column's default
      email: 'alice@example.com',
      bio: null,
    });
    expect(res.body.data.user).not.toHaveProperty('password_hash');
    expect(res.body.data.tokens).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
    expect(res.body.data.tokens.accessToken.split('.')).toHaveLength(3);
  });

  it('keeps the display name sent (trimmed), which need not be unique', async () => {
    const res = await request(ctx.app)
      .post('/api/auth/register')
      .send({ ...credentials, displayName: '  Alice Liddell ' });
    expect(res.status).toBe(201);
    expect(res.body.data.user.displayName).toBe('Alice Liddell');
    const bob = await request(ctx.app)
      .post('/api/auth/register')
      .send({ ...credentials, email: 'bob@example.com', username: 'bob', displayName: 'Alice Liddell' });
    expect(bob.status).toBe(201);
    const profile = await request(ctx.app).get(`/api/users/${bob.body.data.user.id}`);
    expect(profile.body.data).toMatchObject({ username: 'bob', displayName: 'Alice Liddell' });
  });

  it('refuses a display name that is empty or over 100 characters (422)', async () => {
    for (const displayName of ['   ', 'x'.repeat(101)]) {
      const res = await request(ctx.app)
        .post('/api/auth/register')
        .send({ ...credentials, displayName });
      expect(res.status, JSON.stringify(displayName)).toBe(422);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(['body.displayName']);
    }
    const hundred = await request(ctx.app)
      .post('/api/auth/register')
      .send({ ...credentials, displayName: 'x'.repeat(100) });
    expect(hundred.status).toBe(201);
  });

  it('stores a bcrypt hash, never the password', async () => {
    await request(ctx.app).post('/api/auth/register').send(credentials);
    const row = await ctx.handle.db
      .selectFrom('users')
      .select('password_hash')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$2[aby]\$04\$/);
    expect(row.password_hash).not.toContain(credentials.password);
  });

  it('rejects a taken e-mail or username with 409', async () => {
    await request(ctx.app).post('/api/auth/register').send(credentials);
    const sameEmail = await request(ctx.app)
      .post('/api/auth/register')
      .send({ ...credentials, email: 'ALICE@example.com', username: 'other' });
    expect(sameEmail.status).toBe(409);
    expect(sameEmail.body.error.code).toBe('CONFLICT');
    const sameName = await request(ctx.app)
      .post('/api/auth/register')
      .send({ ...credentials, email: 'new@example.com', username: 'Alice' });
    expect(sameName.status).toBe(409);
  });

  it('validates the body (422 with details)', async () => {
    const res = await request(ctx.app)
      .post('/api/auth/register')
      .send({ email: 'not-an-email', username: 'a', password: 'short' });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body.email', 'body.username', 'body.password']));
  });
});

// @starter-replace: (stage register-and-login) un-skip these tests when the stage passes
describe('POST /api/auth/login', () => {
// @starter-else
// describe.skip('TODO (stage register-and-login): POST /api/auth/login', () => {
// @starter-end
  it('returns tokens for the right password', async () => {
    await registerUser(ctx.app, 'alice');
    const res = await request(ctx.app)
      .post('/api/auth/login')
      .send({ email: credentials.email, password: credentials.password });
    expect(res.status).toBe(200);
    expect(res.body.data.user.username).toBe('alice');
    expect(res.body.data.tokens.refreshToken).toEqual(expect.any(String));
  });

  it('answers a wrong password and an unknown e-mail the same way (401)', async () => {
    await registerUser(ctx.app, 'alice');
    const wrong = await request(ctx.app)
      .post('/api/auth/login')
      .send({ email: credentials.email, password: 'nope-nope' });
    const unknown = await request(ctx.app)
      .post('/api/auth/login')
      .send({ email: 'bob@example.com', password: 'nope-nope' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.code).toBe('INVALID_CREDENTIALS');
  });
});

// @starter-replace: (stage refresh-token-rotation) un-skip these tests when the stage passes
describe('refresh tokens', () => {
// @starter-else
// describe.skip('TODO (stage refresh-token-rotation): refresh tokens', () => {
// @starter-end
  it('rotates on use: a new pair, and the access token works', async () => {
    const alice = await registerUser(ctx.app);
    const res = await request(ctx.app)
      .post('/api/auth/refresh')
      .send({ refreshToken: alice.refreshToken });
    expect(res.status).toBe(200);
    expect(res.body.data.refreshToken).not.toBe(alice.refreshToken);
    const me = await request(ctx.app)
      .get('/api/users/me')
      .set('Authorization', `Bearer ${res.body.data.accessToken}`);
    expect(me.status).toBe(200);
    expect(me.body.data.email).toBe('alice@example.com');
  });

  it('stores only a hash of the refresh token', async () => {
    const alice = await registerUser(ctx.app);
    const rows = await ctx.handle.db.selectFrom('refresh_tokens').select('token_hash').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]!.token_hash).not.toBe(alice.refreshToken);
  });

  it('detects reuse of a rotated token and revokes the whole family', async () => {
    const alice = await registerUser(ctx.app);
    const first = await request(ctx.app)
      .post('/api/auth/refresh')
      .send({ refreshToken: alice.refreshToken });
    const newest = first.body.data.refreshToken as string;

    // An attacker replays the old token...
    const replay = await request(ctx.app)
      .post('/api/auth/refresh')
      .send({ refreshToken: alice.refreshToken });
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe('REFRESH_TOKEN_REUSED');

    // ...so even the newest token of that login is dead now.
    const after = await request(ctx.app).post('/api/auth/refresh').send({ refreshToken: newest });
    expect(after.status).toBe(401);
  });

  it('lets only one of two simultaneous refreshes with the same token win', async () => {
    const alice = await registerUser(ctx.app);
    const refresh = () =>
      request(ctx.app).post('/api/auth/refresh').send({ refreshToken: alice.refreshToken });
    const statuses = (await Promise.all([refresh(), refresh()])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 401]);
  });

  it('does not touch other sessions of the same user', async () => {
    const alice = await registerUser(ctx.app);
    const other = await request(ctx.app)
      .post('/api/auth/login')
      .send({ email: alice.email, password: alice.password });
    await request(ctx.app).post('/api/auth/refresh').send({ refreshToken: alice.refreshToken });
    await request(ctx.app).post('/api/auth/refresh').send({ refreshToken: alice.refreshToken }); // reuse
    const res = await request(ctx.app)
      .post('/api/auth/refresh')
      .send({ refreshToken: other.body.data.tokens.refreshToken });
    expect(res.status).toBe(200);
  });

  it('rejects unknown and expired tokens', async () => {
    const unknown = await request(ctx.app)
      .post('/api/auth/refresh')
      .send({ refreshToken: 'x'.repeat(43) });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.code).toBe('INVALID_REFRESH_TOKEN');

    const alice = await registerUser(ctx.app);
    await ctx.handle.db
      .updateTable('refresh_tokens')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .execute();
    const expired = await request(ctx.app)
      .post('/api/auth/refresh')
      .send({ refreshToken: alice.refreshToken });
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe('REFRESH_TOKEN_EXPIRED');
  });

  it('logout revokes the refresh token (204, then 401)', async () => {
    const alice = await registerUser(ctx.app);
    const out = await request(ctx.app)
      .post('/api/auth/logout')
      .send({ refreshToken: alice.refreshToken });
    expect(out.status).toBe(204);
    expect(out.text).toBe('');
    const res = await request(ctx.app)
      .post('/api/auth/refresh')
      .send({ refreshToken: alice.refreshToken });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('REFRESH_TOKEN_REVOKED');
  });
});

// @starter-replace: (stage ownership-401-vs-403) un-skip these tests when the stage passes
describe('access tokens', () => {
// @starter-else
// describe.skip('TODO (stage ownership-401-vs-403): access tokens', () => {
// @starter-end
  it('401 without a token, with a malformed one, or with a bad signature', async () => {
    const alice = await registerUser(ctx.app);
    expect((await request(ctx.app).get('/api/users/me')).status).toBe(401);
    expect(
      (await request(ctx.app).get('/api/users/me').set('Authorization', 'Token abc')).status,
    ).toBe(401);
    const tampered = `${alice.accessToken.slice(0, -4)}AAAA`;
    const res = await request(ctx.app)
      .get('/api/users/me')
      .set('Authorization', `Bearer ${tampered}`);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('INVALID_TOKEN');
  });

  it('refuses "alg: none" tokens', async () => {
    const alice = await registerUser(ctx.app);
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: String(alice.id), username: 'alice', iat: now, exp: now + 60 })}.`;
    const res = await request(ctx.app)
      .get('/api/users/me')
      .set('Authorization', `Bearer ${unsigned}`);
    expect(res.status).toBe(401);
  });

  it('reports an expired access token as TOKEN_EXPIRED', async () => {
    const alice = await registerUser(ctx.app);
    const key = new TextEncoder().encode(ctx.config.jwt.secret);
    const past = Math.floor(Date.now() / 1000) - 3600;
    const token = await new SignJWT({ username: 'alice' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(alice.id))
      .setIssuer(ctx.config.jwt.issuer)
      .setAudience(ctx.config.jwt.audience)
      .setIssuedAt(past)
      .setExpirationTime(past + 900)
      .sign(key);
    const res = await request(ctx.app).get('/api/users/me').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('TOKEN_EXPIRED');
  });
});

// @starter-replace: (stage rate-limiting) un-skip these tests when the stage passes
describe('rate limiting on /api/auth', () => {
// @starter-else
// describe.skip('TODO (stage rate-limiting): rate limiting on /api/auth', () => {
// @starter-end
  it('answers 429 once the limit is used up', async () => {
    const limited = ctx.appWith({ AUTH_RATE_LIMIT_MAX: '3' }); // its own in-memory counter
    const attempt = () =>
      request(limited)
        .post('/api/auth/login')
        .send({ email: 'x@example.com', password: 'whatever1' });
    for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(401);
    const res = await attempt();
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('RATE_LIMITED');
    expect(res.headers).toHaveProperty('ratelimit-policy');
    // other routes are not limited
    expect((await request(limited).get('/api/posts')).status).toBe(200);
  });
});
