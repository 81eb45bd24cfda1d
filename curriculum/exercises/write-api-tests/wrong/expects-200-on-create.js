// WRONG: asserts the wrong status (200) for a create: it fails against the correct API
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
  assert.equal(res.status, 200);
  assert.deepEqual(res.body, { id: res.body.id, title: 'Write tests', done: false });
  assert.equal(res.headers.location, `/todos/${res.body.id}`);
  const found = await request(app, 'GET', res.headers.location);
  assert.equal(found.status, 200);
  assert.deepEqual(found.body, res.body);
});

test('POST /todos refuses a missing, empty or blank title with 422', async () => {
  const app = createApp();
  for (const body of [{}, { title: '' }, { title: '   ' }, { title: 42 }]) {
    const res = await request(app, 'POST', '/todos', body);
    assert.equal(res.status, 422, `body ${JSON.stringify(body)}`);
    assert.equal(typeof res.body.error, 'string');
  }
  assert.deepEqual((await request(app, 'GET', '/todos')).body, [], 'nothing was created');
});

test('POST /todos: a title of 200 characters is fine, 201 is refused', async () => {
  const app = createApp();
  assert.equal((await request(app, 'POST', '/todos', { title: 'x'.repeat(200) })).status, 201);
  assert.equal((await request(app, 'POST', '/todos', { title: 'x'.repeat(201) })).status, 422);
});

test('POST /todos with malformed JSON answers 400', async () => {
  const res = await request(createApp(), 'POST', '/todos', '{"title": ');
  assert.equal(res.status, 400);
});

test('GET /todos/:id answers 404 for an unknown id', async () => {
  const res = await request(createApp(), 'GET', '/todos/999');
  assert.equal(res.status, 404);
  assert.equal(typeof res.body.error, 'string');
});

test('DELETE /todos/:id answers 204 and the todo is gone; a second DELETE is 404', async () => {
  const app = createApp();
  const { body: todo } = await request(app, 'POST', '/todos', { title: 'a' });
  const res = await request(app, 'DELETE', `/todos/${todo.id}`);
  assert.equal(res.status, 204);
  assert.equal((await request(app, 'GET', `/todos/${todo.id}`)).status, 404);
  assert.deepEqual((await request(app, 'GET', '/todos')).body, []);
  assert.equal((await request(app, 'DELETE', `/todos/${todo.id}`)).status, 404);
});

test('ids are never reused: after a delete, a new todo gets a new id and nothing is overwritten', async () => {
  const app = createApp();
  const { body: a } = await request(app, 'POST', '/todos', { title: 'a' });
  const { body: b } = await request(app, 'POST', '/todos', { title: 'b' });
  await request(app, 'DELETE', `/todos/${a.id}`);
  const { body: c } = await request(app, 'POST', '/todos', { title: 'c' });
  assert.ok(![a.id, b.id].includes(c.id), `the new todo got id ${c.id}, already used`);
  assert.deepEqual((await request(app, 'GET', '/todos')).body, [b, c]);
});
