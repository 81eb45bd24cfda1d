import { describe, expect, it } from 'vitest';
import { curlLine } from '../../src/review/curl.js';
import { checkResponse, type Observed } from '../../src/review/expect.js';
import { findKey, readPath } from '../../src/review/json-path.js';
import { matchValue } from '../../src/review/matchers.js';
import { drawVars, expand, RANDOM } from '../../src/review/template-values.js';
import { expandCommand } from '../../src/review/project.js';

const observed = (json: unknown, status = 200, headers: Record<string, string> = {}): Observed => ({ status, headers, json, text: JSON.stringify(json) });

describe('json paths', () => {
  const body = { data: [{ id: 1, author: { name: 'a' } }, { id: 2, author: { name: 'b' } }], meta: { total: 2 } };
  it('reads keys, indexes and [*] lists, and names what is missing', () => {
    expect(readPath(body, '$.meta.total')).toEqual({ found: true, value: 2 });
    expect(readPath(body, '$.data[1].author.name')).toEqual({ found: true, value: 'b' });
    expect(readPath(body, '$.data[*].id')).toEqual({ found: true, value: [1, 2] });
    expect(readPath(body, '$.data[5]')).toEqual({ found: false, missing: '$.data[5]' });
    expect(readPath(body, '$.meta.page')).toEqual({ found: false, missing: '$.meta.page' });
  });
  it('finds a key at any depth, case-insensitively', () => {
    expect(findKey({ data: { user: { Password_Hash: 'x' } } }, 'password_hash')).toBe('$.data.user.Password_Hash');
    expect(findKey([{ a: 1 }], 'b')).toBeUndefined();
  });
});

describe('matchers', () => {
  it('treat bare values as equals, with numeric and string ids alike', () => {
    expect(matchValue(true, 5, '5')).toBeUndefined();
    expect(matchValue(true, 'x', 'y')).toMatch(/expected "y", got "x"/);
    expect(matchValue(false, undefined, 1)).toBe('is missing');
  });
  it('check type, length, regex, lists and order', () => {
    expect(matchValue(true, 1.5, { type: 'integer' })).toMatch(/expected a integer/);
    expect(matchValue(true, [1, 2], { length: 2, includes: 2, excludes: 3 })).toBeUndefined();
    expect(matchValue(true, ['b', 'a'], { sorted: 'asc' })).toMatch(/ascending/);
    expect(matchValue(true, ['x', 'x'], { each: 'x' })).toBeUndefined();
    expect(matchValue(true, ['x', 'y'], { each: 'x' })).toMatch(/item 1/);
    expect(matchValue(true, 'abc', { matches: '^a' })).toBeUndefined();
    expect(matchValue(true, 1, { exists: false })).toMatch(/expected no value/);
    expect(matchValue(false, undefined, { exists: false })).toBeUndefined();
  });
});

describe('checkResponse', () => {
  const shapes = { error: { '$.error.code': { type: 'string' as const } } };
  it('reports status first, with the body', () => {
    expect(checkResponse(observed({ data: 1 }, 200), { status: [400, 422] }, shapes)).toMatchObject({ what: 'status', expected: 'one of 400, 422', actual: expect.stringContaining('200 with body {"data":1}') });
  });
  it('checks headers: presence, regex and exact', () => {
    const o = observed({}, 429, { 'retry-after': '60', 'content-type': 'application/json' });
    expect(checkResponse(o, { headers: { 'retry-after': '/^\\d+$/', 'content-type': '/json/' } }, shapes)).toBeUndefined();
    expect(checkResponse(o, { headers: { location: true } }, shapes)).toMatchObject({ what: 'header location' });
  });
  it('applies named shapes and absent keys / patterns', () => {
    expect(checkResponse(observed({ error: { code: 1 } }), { shape: 'error' }, shapes)?.expected).toContain('the "error" shape');
    expect(checkResponse(observed({ user: { passwordHash: 'x' } }), { absent: { keys: ['passwordHash'], patterns: [] } }, shapes)?.what).toBe('body $.user.passwordHash');
    const leak = observed({ error: { stack: 'Error: boom\n    at handler (/app/src/x.js:10:5)' } });
    expect(checkResponse(leak, { absent: { keys: [], patterns: ['at .*\\(.*:\\d+:\\d+\\)'] } }, shapes)?.expected).toContain('internals must not leak');
  });
});

describe('template values', () => {
  it('draw random values fresh per expansion, keep types for whole-string templates', () => {
    const vars = new Map<string, unknown>([['postId', 7]]);
    expect(expand('{{postId}}', vars)).toBe(7);
    expect(expand('/api/posts/{{postId}}', vars)).toBe('/api/posts/7');
    expect(expand('{{random.email}}', vars)).not.toBe(expand('{{random.email}}', vars));
    expect(expand({ t: '{{sent.title}}' }, vars, { title: 'Hi' })).toEqual({ t: 'Hi' });
    expect(() => expand('{{nope}}', vars)).toThrow(/never captured/);
    expect(Object.keys(RANDOM)).toEqual(expect.arrayContaining(['email', 'password', 'title', 'text', 'int']));
  });
  it('draws file vars once per run, able to refer to earlier ones', () => {
    const vars = drawVars({ user: '{{random.username}}', greeting: 'hello {{user}}' });
    expect(vars.get('greeting')).toBe(`hello ${String(vars.get('user'))}`);
  });
});

describe('curl lines and commands', () => {
  it('quotes for a POSIX shell', () => {
    expect(curlLine({ method: 'POST', url: 'http://127.0.0.1:3000/api/posts', headers: { 'content-type': 'application/json' }, body: `{"title":"it's"}` })).toBe(
      `curl -i -X POST http://127.0.0.1:3000/api/posts -H 'content-type: application/json' -d '{"title":"it'\\''s"}'`,
    );
    expect(curlLine({ method: 'GET', url: 'http://h/x?a=1&b=2', headers: {} })).toBe(`curl -i 'http://h/x?a=1&b=2'`);
  });
  it('expands $PORT and ${PORT} only', () => {
    expect(expandCommand('uvicorn app.main:app --port $PORT --host ${HOST} $HOME', { PORT: '4000', HOST: '127.0.0.1' })).toBe('uvicorn app.main:app --port 4000 --host 127.0.0.1 $HOME');
  });
});
