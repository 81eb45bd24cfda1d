import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHttpStep } from '../../src/review/http.js';
import { httpStepSchema } from '../../src/review/schema.js';

// The HTTP step runner against a tiny local server: captures, repeat-until, parallel with per-request headers.

let server: Server;
let baseUrl = '';
let hits = 0;
let stock = 2;

beforeAll(async () => {
  server = createServer((req, res) => {
    hits += 1;
    if (req.url === '/limited') {
      const limited = hits > 3;
      res.writeHead(limited ? 429 : 200, limited ? { 'retry-after': '30', 'content-type': 'application/json' } : { 'content-type': 'application/json' });
      return res.end(JSON.stringify(limited ? { error: { code: 'RATE_LIMITED', message: 'slow down' } } : { data: { ok: true } }));
    }
    if (req.url === '/buy') {
      const who = req.headers.authorization ?? 'nobody';
      const ok = stock > 0;
      if (ok) stock -= 1;
      res.writeHead(ok ? 201 : 409, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(ok ? { data: { who } } : { error: { code: 'SOLD_OUT', message: 'none left' } }));
    }
    res.writeHead(201, { location: '/things/7', 'content-type': 'application/json' }).end(JSON.stringify({ data: { id: 7, token: 'abc' } }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const ctx = () => ({ baseUrl, vars: new Map<string, unknown>(), shapes: {} });

describe('runHttpStep', () => {
  it('captures JSON paths and headers for later steps', async () => {
    const c = ctx();
    const step = httpStepSchema.parse({ name: 'create', send: { method: 'POST', path: '/things', json: { a: 1 } }, expect: { status: 201 }, capture: { id: '$.data.id', where: 'header:location' } });
    expect((await runHttpStep(step, c)).ok).toBe(true);
    expect(c.vars.get('id')).toBe(7);
    expect(c.vars.get('where')).toBe('/things/7');
  });

  it('repeats until the status arrives, then checks that answer', async () => {
    hits = 0;
    const step = httpStepSchema.parse({
      name: 'flood',
      send: { method: 'GET', path: '/limited' },
      repeat: { times: 10, until: { status: 429 } },
      expect: { status: 429, headers: { 'retry-after': '/^\\d+$/' } },
    });
    const r = await runHttpStep(step, ctx());
    expect(r).toMatchObject({ ok: true, note: 'sent 4 times' });
  });

  it('sends parallel requests with per-request headers and counts the statuses', async () => {
    stock = 2;
    const c = ctx();
    c.vars.set('a', 'Bearer a').set('b', 'Bearer b');
    const step = httpStepSchema.parse({
      name: 'race',
      send: { method: 'POST', path: '/buy', json: {} },
      parallel: { count: 5, statusCounts: { '201': 2, '409': 3 }, vary: { authorization: ['{{a}}', '{{b}}'] } },
    });
    expect((await runHttpStep(step, c)).ok).toBe(true);
    stock = 5;
    const oversold = await runHttpStep(step, c);
    expect(oversold.ok).toBe(false);
    expect(oversold.mismatch).toMatchObject({ expected: 'exactly 2× 201', actual: '5× 201' });
  });

  it('reports a refused connection as such', async () => {
    const step = httpStepSchema.parse({ name: 'nobody home', send: { method: 'GET', path: '/' } });
    const r = await runHttpStep(step, { ...ctx(), baseUrl: 'http://127.0.0.1:1' });
    expect(r.ok).toBe(false);
    expect(r.mismatch?.what).toBe('response');
  });
});
