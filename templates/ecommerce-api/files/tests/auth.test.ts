import { SignJWT } from 'jose';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app.js';
import { bearer, registerCustomer } from './helpers/factories.js';

const t = useTestApp();

describe('POST /auth/register', () => {
  it('creates a customer and returns a short-lived bearer token', async () => {
    const res = await request(t.app)
      .post('/auth/register')
      .send({ email: '  Ada@Example.com ', password: 'correct-horse-battery', name: 'Ada' });

    expect(res.status).toBe(201);
    expect(res.body.data.user).toMatchObject({ email: 'ada@example.com', name: 'Ada', role: 'customer' });
    expect(res.body.data.user).not.toHaveProperty('passwordHash');
    expect(res.body.data).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
    expect(res.body.data.accessToken.split('.')).toHaveLength(3);
  });

  it('refuses a second account with the same e-mail (409)', async () => {
    const body = { email: 'dup@example.com', password: 'correct-horse-battery', name: 'Dup' };
    await request(t.app).post('/auth/register').send(body).expect(201);
    const res = await request(t.app).post('/auth/register').send({ ...body, email: 'DUP@example.com' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('EMAIL_TAKEN');
  });

  it('validates the body and lists every problem', async () => {
    const res = await request(t.app).post('/auth/register').send({ email: 'nope', password: 'short' });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['email', 'password', 'name']));
  });

  it('cannot be used to become an admin', async () => {
    const res = await request(t.app)
      .post('/auth/register')
      .send({ email: 'sneaky@example.com', password: 'correct-horse-battery', name: 'S', role: 'admin' });
    expect(res.status).toBe(201);
    expect(res.body.data.user.role).toBe('customer');
  });
});

describe('POST /auth/login', () => {
  it('logs in with the right password', async () => {
    const { email } = await registerCustomer(t.app);
    const res = await request(t.app).post('/auth/login').send({ email, password: 'correct-horse-battery' });
    expect(res.status).toBe(200);
    expect(res.body.data.user.email).toBe(email);
  });

  it('gives the same 401 for a wrong password and an unknown e-mail', async () => {
    const { email } = await registerCustomer(t.app);
    const wrong = await request(t.app).post('/auth/login').send({ email, password: 'wrong-password' });
    const unknown = await request(t.app).post('/auth/login').send({ email: 'ghost@example.com', password: 'x' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });
});

describe('access tokens', () => {
  it('GET /auth/me returns the current user', async () => {
    const { token, email } = await registerCustomer(t.app);
    const res = await request(t.app).get('/auth/me').set(bearer(token));
    expect(res.status).toBe(200);
    expect(res.body.data.email).toBe(email);
  });

  it('401 without a token, with a tampered token, or with the wrong scheme', async () => {
    const { token } = await registerCustomer(t.app);
    const tampered = `${token.slice(0, -2)}xx`;
    expect((await request(t.app).get('/auth/me')).status).toBe(401);
    expect((await request(t.app).get('/auth/me').set(bearer(tampered))).status).toBe(401);
    expect((await request(t.app).get('/auth/me').set('Authorization', `Basic ${token}`)).status).toBe(401);
  });

  const key = () => new TextEncoder().encode(t.config.jwtSecret);
  const claims = (user: number) => new SignJWT({ role: 'admin' }).setSubject(String(user)).setIssuer('ecommerce-api').setAudience('ecommerce-api:clients');

  it('rejects an expired token', async () => {
    const { id } = await registerCustomer(t.app);
    const expired = await claims(id)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(key());
    const res = await request(t.app).get('/auth/me').set(bearer(expired));
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('INVALID_TOKEN');
  });

  it('accepts only HS256, even when another algorithm is signed with the right secret', async () => {
    const { id } = await registerCustomer(t.app);
    const hs512 = await claims(id).setProtectedHeader({ alg: 'HS512' }).setExpirationTime('5m').sign(key());
    expect((await request(t.app).get('/auth/me').set(bearer(hs512))).status).toBe(401);

    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(
      JSON.stringify({ sub: String(id), role: 'admin', exp: 9_999_999_999 }),
    ).toString('base64url')}.`;
    expect((await request(t.app).get('/auth/me').set(bearer(unsigned))).status).toBe(401);
  });
});
