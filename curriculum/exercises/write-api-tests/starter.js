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

/**
 * Sends one request to a fresh server around `app` (on 127.0.0.1, a free port) and closes it.
 * @param {(req: any, res: any) => void} app
 * @param {string} method
 * @param {string} path
 * @param {unknown} [body] sent as JSON; a string is sent as it is
 * @returns {Promise<{ status: number, headers: Record<string, string>, body: any }>} header names in lower case
 */
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
  const app = createApp();
  const res = await request(app, 'GET', '/todos');
  assert.equal(res.status, 200);
  assert.deepEqual(res.body, []);
});

// Your tests here: one fresh createApp() per test, so tests do not share todos.
