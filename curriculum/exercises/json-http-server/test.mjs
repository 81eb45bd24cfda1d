import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';

const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);
const { createApp } = mod;

const calls = [];
const routes = {
  'GET /health': () => ({ status: 200, body: { data: { status: 'ok' } } }),
  'GET /echo': (req) => {
    calls.push(req);
    return { status: 200, body: { data: { method: req.method, path: req.path, query: req.query, body: req.body ?? null } } };
  },
  'POST /users': async (req) => {
    calls.push(req);
    return { status: 201, body: { data: { id: 1, ...req.body } } };
  },
  'DELETE /users': () => ({ status: 204 }),
  'GET /crash': async () => {
    throw new Error('relation "users" does not exist at /srv/app/db.js:42');
  },
};

let server;
let baseUrl;
const originalConsoleError = console.error;

before(async () => {
  console.error = () => {}; // the learner's server logs the /crash error; keep the output clean
  server = createApp(routes);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  baseUrl = `http://127.0.0.1:${server.address().port}`;
});

after(async () => {
  console.error = originalConsoleError;
  server?.closeAllConnections?.();
  await new Promise((resolve) => (server?.listening ? server.close(resolve) : resolve()));
});

async function request(method, path, { body, contentType } = {}) {
  const headers = contentType ? { 'Content-Type': contentType } : {};
  const res = await fetch(baseUrl + path, { method, body, headers, signal: AbortSignal.timeout(2000) });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text, json };
}

test('createApp returns a server that can listen on a port', () => {
  assert.equal(typeof server.listen, 'function');
  assert.ok(server.listening, 'the server should be listening after listen(0)');
});

test('GET /health answers 200 with the handler\'s JSON body and a JSON content type', async () => {
  const res = await request('GET', '/health');
  assert.equal(res.status, 200);
  assert.match(res.contentType, /^application\/json/);
  assert.deepEqual(res.json, { data: { status: 'ok' } });
});

test('the handler receives method, path and the query string as an object', async () => {
  const res = await request('GET', '/echo?page=2&sort=-createdAt');
  assert.deepEqual(res.json, {
    data: { method: 'GET', path: '/echo', query: { page: '2', sort: '-createdAt' }, body: null },
  });
});

test('POST /users with a JSON body passes the parsed body to the handler and answers 201', async () => {
  const res = await request('POST', '/users', { body: JSON.stringify({ name: 'Ada' }), contentType: 'application/json' });
  assert.equal(res.status, 201);
  assert.deepEqual(res.json, { data: { id: 1, name: 'Ada' } });
});

test('a body that is not valid JSON gets 400 INVALID_JSON and the handler is not called', async () => {
  calls.length = 0;
  const res = await request('POST', '/users', { body: '{"name":', contentType: 'application/json' });
  assert.equal(res.status, 400);
  assert.equal(res.json?.error?.code, 'INVALID_JSON');
  assert.equal(calls.length, 0);
});

test('a non-empty body sent as text/plain gets 415 UNSUPPORTED_MEDIA_TYPE', async () => {
  const res = await request('POST', '/users', { body: 'name=Ada', contentType: 'text/plain' });
  assert.equal(res.status, 415);
  assert.equal(res.json?.error?.code, 'UNSUPPORTED_MEDIA_TYPE');
});

test('an unknown path, or a known path with another method, gets 404 NOT_FOUND as JSON', async () => {
  for (const [method, path] of [['GET', '/nowhere'], ['PUT', '/health']]) {
    const res = await request(method, path);
    assert.equal(res.status, 404, `${method} ${path}`);
    assert.equal(res.json?.error?.code, 'NOT_FOUND');
    assert.equal(typeof res.json.error.message, 'string');
  }
});

test('a 204 response has an empty body', async () => {
  const res = await request('DELETE', '/users');
  assert.equal(res.status, 204);
  assert.equal(res.text, '');
});

test('a handler that throws gets a generic 500 INTERNAL_ERROR that does not leak the message', async () => {
  const res = await request('GET', '/crash');
  assert.equal(res.status, 500);
  assert.deepEqual(res.json, { error: { code: 'INTERNAL_ERROR', message: 'Internal server error' } });
  assert.ok(!res.text.includes('/srv/app'), 'the internal error message must not be sent');
});
