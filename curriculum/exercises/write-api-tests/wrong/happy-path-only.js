// WRONG: only the happy path is tested: no failure case, no sequence
// Week 8 — write the API tests for a small todo API, with node:test.
//
// `backend-roadmap exercise verify` runs this file once against the real API (every test must
// pass) and once against each of several buggy copies (at least one test must fail on each).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request as httpRequest } from 'node:http';

if (!process.env.APP_UNDER_TEST) {
  throw new Error('APP_UNDER_TEST is not set: run these tests with `backend-roadmap exercise verify write-api-tests`');
}
const { createApp } = await import(process.env.APP_UNDER_TEST);

async function request(app, method, path, body) {
  const server = createServer(app);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    const { status, headers, text } = await new Promise((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: server.address().port, method, path, agent: false,
          headers: payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
        (res) => {
          let text = '';
          res.setEncoding('utf8').on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
    return { status, headers, body: text ? JSON.parse(text) : undefined };
  } finally {
    server.close();
  }
}

test('GET /todos answers 200 and an empty list at first', async () => {
  const res = await request(createApp(), 'GET', '/todos');
  assert.equal(res.status, 200);
  assert.deepEqual(res.body, []);
});

test('POST /todos creates a todo: 201, the todo, and a Location header', async () => {
  const app = createApp();
  const res = await request(app, 'POST', '/todos', { title: '  Write tests  ' });
  assert.equal(res.status, 201);
  assert.deepEqual(res.body, { id: res.body.id, title: 'Write tests', done: false });
  assert.equal(res.headers.location, `/todos/${res.body.id}`);
  const found = await request(app, 'GET', res.headers.location);
  assert.equal(found.status, 200);
  assert.deepEqual(found.body, res.body);
});

test('a created todo shows up in GET /todos', async () => {
  const app = createApp();
  const { body: todo } = await request(app, 'POST', '/todos', { title: 'milk' });
  assert.deepEqual((await request(app, 'GET', '/todos')).body, [todo]);
});
