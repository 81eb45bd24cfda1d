import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/test-server.js';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

describe('GET /health', () => {
  it('reports ok and the connection count', async () => {
    const res = await request(server.chat.app).get('/health').expect(200);
    expect(res.body.data).toMatchObject({ status: 'ok', connections: 0, rooms: 0 });
  });
});

describe('POST /auth/token', () => {
  it('issues a short-lived token for a nickname', async () => {
    const res = await request(server.chat.app).post('/auth/token').send({ nickname: 'ada' }).expect(201);
    expect(res.body.data).toMatchObject({ nickname: 'ada', tokenType: 'Bearer', expiresIn: 60 });
    expect(res.body.data.token.split('.')).toHaveLength(3);
    await expect(server.chat.tokens.verify(res.body.data.token)).resolves.toMatchObject({ nickname: 'ada' });
  });

  it.each([{}, { nickname: 'a' }, { nickname: 'has space' }, { nickname: 'x'.repeat(25) }, { nickname: 'ada', extra: 1 }])(
    'rejects %j with 422',
    async (body) => {
      const res = await request(server.chat.app).post('/auth/token').send(body).expect(422);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.details.length).toBeGreaterThan(0);
    },
  );

  it('rejects malformed JSON with 400', async () => {
    const res = await request(server.chat.app)
      .post('/auth/token')
      .set('content-type', 'application/json')
      .send('{"nickname":')
      .expect(400);
    expect(res.body.error.code).toBe('INVALID_JSON');
  });
});

describe('GET /rooms/:room/messages', () => {
  async function seed(count: number, room = 'general') {
    for (let i = 1; i <= count; i += 1) server.chat.messages.add({ room, nickname: 'ada', text: `m${i}` });
  }

  it('requires a bearer token', async () => {
    const res = await request(server.chat.app).get('/rooms/general/messages').expect(401);
    expect(res.body.error.code).toBe('UNAUTHORIZED');
    await request(server.chat.app)
      .get('/rooms/general/messages')
      .set('authorization', 'Bearer not-a-token')
      .expect(401);
  });

  it('pages backwards through history with before/limit', async () => {
    await seed(7);
    await seed(2, 'other');
    const auth = `Bearer ${await server.token('bob')}`;

    const first = await request(server.chat.app).get('/rooms/general/messages?limit=3').set('authorization', auth).expect(200);
    expect(first.body.data.map((m: { text: string }) => m.text)).toEqual(['m5', 'm6', 'm7']);
    expect(first.body.meta).toMatchObject({ room: 'general', limit: 3, count: 3 });

    const second = await request(server.chat.app)
      .get(`/rooms/general/messages?limit=3&before=${first.body.meta.nextBefore}`)
      .set('authorization', auth)
      .expect(200);
    expect(second.body.data.map((m: { text: string }) => m.text)).toEqual(['m2', 'm3', 'm4']);

    const last = await request(server.chat.app)
      .get(`/rooms/general/messages?limit=3&before=${second.body.meta.nextBefore}`)
      .set('authorization', auth)
      .expect(200);
    expect(last.body.data.map((m: { text: string }) => m.text)).toEqual(['m1']);
    expect(last.body.meta.nextBefore).toBeNull();
  });

  it('defaults to the 50 newest messages', async () => {
    await seed(60);
    const res = await request(server.chat.app)
      .get('/rooms/General/messages')
      .set('authorization', `Bearer ${await server.token('bob')}`)
      .expect(200);
    expect(res.body.data).toHaveLength(50);
    expect(res.body.data[0].text).toBe('m11');
    expect(res.body.meta.room).toBe('general');
  });

  it('validates the room and the query', async () => {
    const auth = `Bearer ${await server.token('bob')}`;
    for (const url of ['/rooms/bad%20room/messages', '/rooms/general/messages?limit=101', '/rooms/general/messages?before=abc']) {
      const res = await request(server.chat.app).get(url).set('authorization', auth).expect(422);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
  });
});

describe('unknown routes', () => {
  it('answer 404 in the error format', async () => {
    const res = await request(server.chat.app).get('/nope').expect(404);
    expect(res.body).toEqual({ error: { code: 'NOT_FOUND', message: 'No route for GET /nope' } });
  });
});
