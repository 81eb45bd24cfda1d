import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app.js';

const t = useTestApp();

describe('app basics', () => {
  it('GET /health reports the database', async () => {
    const res = await request(t.app).get('/health');
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ status: 'ok', database: 'up' });
  });

  it('sets security headers (helmet)', async () => {
    const res = await request(t.app).get('/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('serves an OpenAPI 3.1 document', async () => {
    const res = await request(t.app).get('/docs/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/orders', '/webhooks/payments']));
    expect(res.body.paths['/orders'].post.requestBody.content['application/json'].schema.properties).toHaveProperty(
      'shippingAddress',
    );
  });

  it('uses one error shape for unknown routes and broken JSON', async () => {
    const missing = await request(t.app).get('/nope');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: { code: 'NOT_FOUND', message: 'Route GET /nope not found' } });

    const broken = await request(t.app).post('/auth/login').set('Content-Type', 'application/json').send('{"email":');
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('INVALID_JSON');
  });
});
