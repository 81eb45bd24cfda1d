import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);
const { HttpError, errorHandler } = mod;

// A tiny framework: exact "METHOD /path" routes; any throw or rejection goes to errorHandler.
function createApp(routes) {
  return createServer(async (req, res) => {
    try {
      const path = new URL(req.url, 'http://localhost').pathname;
      const handler = routes[`${req.method} ${path}`];
      if (!handler) throw new HttpError(404, `Route ${req.method} ${path} not found`, 'NOT_FOUND');
      await handler(req, res);
    } catch (err) {
      try {
        errorHandler(err, req, res);
      } catch (handlerError) {
        // Keeps a crashing errorHandler from taking the test process down.
        if (!res.headersSent) res.writeHead(599, { 'Content-Type': 'text/plain' });
        res.end(`errorHandler itself threw: ${handlerError}`);
      }
    }
  });
}

const routes = {
  'GET /ok': (req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ data: 'fine' }));
  },
  'GET /posts/7': () => {
    throw new HttpError(404, 'Post 7 not found', 'NOT_FOUND');
  },
  'POST /posts': () => {
    throw new HttpError(422, 'title is required', 'VALIDATION_FAILED');
  },
  'GET /crash': () => {
    throw new Error('connect ECONNREFUSED postgres://admin:hunter2@db:5432');
  },
  'GET /async-crash': async () => {
    await Promise.resolve();
    throw new TypeError("Cannot read properties of undefined (reading 'secretKey')");
  },
  'GET /upstream': () => {
    throw new HttpError(503, 'payments-service at 10.0.0.7 timed out', 'UPSTREAM');
  },
  'GET /string': () => {
    throw 'a string, not an Error'; // eslint-disable-line no-throw-literal
  },
};

let server;
let baseUrl;
const logged = [];
const originalConsoleError = console.error;

before(async () => {
  console.error = (...args) => logged.push(args);
  server = createApp(routes);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${server.address().port}`;
});

after(async () => {
  console.error = originalConsoleError;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function request(method, path) {
  // A handler that never calls res.end() would hang the request: give up after 2 seconds.
  const res = await fetch(baseUrl + path, { method, signal: AbortSignal.timeout(2000) });
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text, body };
}

const INTERNAL = { error: { code: 'INTERNAL_ERROR', message: 'Internal server error' } };

test('new HttpError(404, "Post not found", "NOT_FOUND") is an Error with status, code and name', () => {
  const err = new HttpError(404, 'Post not found', 'NOT_FOUND');
  assert.ok(err instanceof Error);
  assert.equal(err.name, 'HttpError');
  assert.equal(err.status, 404);
  assert.equal(err.code, 'NOT_FOUND');
  assert.equal(err.message, 'Post not found');
  assert.equal(new HttpError(400, 'Bad').code, 'HTTP_ERROR');
});

test('a thrown HttpError 404 is answered with 404 and its code and message as JSON', async () => {
  const res = await request('GET', '/posts/7');
  assert.equal(res.status, 404);
  assert.match(res.contentType, /^application\/json/);
  assert.deepEqual(res.body, { error: { code: 'NOT_FOUND', message: 'Post 7 not found' } });
});

test('a thrown HttpError 422 keeps its status and VALIDATION_FAILED code', async () => {
  const res = await request('POST', '/posts');
  assert.equal(res.status, 422);
  assert.deepEqual(res.body, { error: { code: 'VALIDATION_FAILED', message: 'title is required' } });
});

test('an unknown route (the framework throws HttpError 404) is answered with 404', async () => {
  const res = await request('GET', '/nowhere');
  assert.equal(res.status, 404);
  assert.equal(res.body?.error?.code, 'NOT_FOUND');
});

test('a plain Error becomes 500 INTERNAL_ERROR and its message (with a password) is not sent', async () => {
  const res = await request('GET', '/crash');
  assert.equal(res.status, 500);
  assert.match(res.contentType, /^application\/json/);
  assert.deepEqual(res.body, INTERNAL);
  assert.ok(!res.text.includes('hunter2'), 'the response must not contain the internal message');
});

test('a rejected promise from an async handler also becomes a generic 500', async () => {
  const res = await request('GET', '/async-crash');
  assert.equal(res.status, 500);
  assert.deepEqual(res.body, INTERNAL);
  assert.ok(!res.text.includes('secretKey'));
});

test('an HttpError with a 5xx status is hidden too: 500 without its message', async () => {
  const res = await request('GET', '/upstream');
  assert.equal(res.status, 500);
  assert.deepEqual(res.body, INTERNAL);
  assert.ok(!res.text.includes('10.0.0.7'));
});

test('a thrown string (not an Error) still gets a JSON 500 answer', async () => {
  const res = await request('GET', '/string');
  assert.equal(res.status, 500);
  assert.deepEqual(res.body, INTERNAL);
});

test('unexpected errors are logged on the server with console.error', async () => {
  logged.length = 0;
  await request('GET', '/crash');
  const text = logged.flat().map((x) => (x instanceof Error ? `${x.message}\n${x.stack}` : String(x))).join('\n');
  assert.match(text, /ECONNREFUSED/, 'console.error should receive the original error');
});

test('a successful route is untouched by the error handler', async () => {
  const res = await request('GET', '/ok');
  assert.equal(res.status, 200);
  assert.deepEqual(res.body, { data: 'fine' });
});
