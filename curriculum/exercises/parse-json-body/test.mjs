import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';

const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);
const { parseJsonBody } = mod;

function assertFailure(result, status, code) {
  assert.equal(result.ok, false, 'ok must be false');
  assert.equal(result.status, status);
  assert.equal(result.error?.code, code);
  assert.equal(typeof result.error.message, 'string');
  assert.ok(result.error.message.length > 0, 'error.message must not be empty');
}

test('a JSON object with Content-Type application/json is parsed: { ok: true, value }', () => {
  assert.deepEqual(parseJsonBody('{"name":"Ada","tags":["x"]}', 'application/json'), {
    ok: true,
    value: { name: 'Ada', tags: ['x'] },
  });
});

test('"Application/JSON; charset=utf-8" is accepted as JSON', () => {
  assert.equal(parseJsonBody('{}', 'Application/JSON; charset=utf-8').ok, true);
});

test('text/plain, form data or a missing Content-Type gives 415 UNSUPPORTED_MEDIA_TYPE', () => {
  assertFailure(parseJsonBody('{}', 'text/plain'), 415, 'UNSUPPORTED_MEDIA_TYPE');
  assertFailure(parseJsonBody('{}', 'application/x-www-form-urlencoded'), 415, 'UNSUPPORTED_MEDIA_TYPE');
  assertFailure(parseJsonBody('{}', undefined), 415, 'UNSUPPORTED_MEDIA_TYPE');
});

test('a body larger than maxBytes gives 413 PAYLOAD_TOO_LARGE, and exactly maxBytes is fine', () => {
  assertFailure(parseJsonBody('{"a":"123456"}', 'application/json', 10), 413, 'PAYLOAD_TOO_LARGE');
  assert.equal(parseJsonBody('{"a":"12"}', 'application/json', 10).ok, true);
});

test('the size limit counts bytes, not characters ("é" is 2 bytes)', () => {
  const body = '{"a":"éé"}'; // 10 characters, 12 bytes
  assertFailure(parseJsonBody(body, 'application/json', 11), 413, 'PAYLOAD_TOO_LARGE');
});

test('invalid JSON or an empty body gives 400 INVALID_JSON instead of throwing', () => {
  assertFailure(parseJsonBody('{"name":', 'application/json'), 400, 'INVALID_JSON');
  assertFailure(parseJsonBody("{'single':'quotes'}", 'application/json'), 400, 'INVALID_JSON');
  assertFailure(parseJsonBody('', 'application/json'), 400, 'INVALID_JSON');
});

test('valid JSON that is not an object ([], null, 42, "hi") gives 400 INVALID_BODY', () => {
  for (const raw of ['[]', 'null', '42', '"hi"']) {
    assertFailure(parseJsonBody(raw, 'application/json'), 400, 'INVALID_BODY');
  }
});

test('the content type is checked before the size, and the size before parsing', () => {
  assertFailure(parseJsonBody('not json at all', 'text/html', 3), 415, 'UNSUPPORTED_MEDIA_TYPE');
  assertFailure(parseJsonBody('not json at all', 'application/json', 3), 413, 'PAYLOAD_TOO_LARGE');
});
