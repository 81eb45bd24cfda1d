import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);

/** A stand-in for pg's Pool: records every call and answers with the given rows. */
function fakeDb(rows = []) {
  const calls = [];
  return {
    calls,
    async query(text, params) {
      calls.push({ text: String(text), params });
      return { rows };
    },
  };
}

const INJECTION = "' OR '1'='1";

test('findUserByEmail sends the email as parameter $1, not inside the SQL text', async () => {
  const db = fakeDb([{ id: 1, email: 'ada@example.com', display_name: 'Ada' }]);
  await mod.findUserByEmail(db, 'ada@example.com');
  assert.equal(db.calls.length, 1, 'expected exactly one query');
  const [{ text, params }] = db.calls;
  assert.match(text, /\$1/, 'the SQL should use the placeholder $1');
  assert.ok(!text.includes('ada@example.com'), `the email is inside the SQL text: ${text}`);
  assert.deepEqual(params, ['ada@example.com']);
});

test(`an email of ${INJECTION} stays a parameter and the SQL text does not change`, async () => {
  const db = fakeDb([]);
  await mod.findUserByEmail(db, 'ada@example.com');
  await mod.findUserByEmail(db, INJECTION);
  const [normal, attack] = db.calls;
  assert.ok(!attack.text.includes("'1'='1"), `user input reached the SQL text: ${attack.text}`);
  assert.equal(attack.text, normal.text);
  assert.deepEqual(attack.params, [INJECTION]);
});

test('findUserByEmail returns the first row, or null when there is none', async () => {
  const ada = { id: 1, email: 'ada@example.com', display_name: 'Ada' };
  assert.deepEqual(await mod.findUserByEmail(fakeDb([ada]), 'ada@example.com'), ada);
  assert.equal(await mod.findUserByEmail(fakeDb([]), 'nobody@example.com'), null);
});

test('searchPosts puts the term in the parameters, uses ILIKE, and returns the rows', async () => {
  const rows = [{ id: 3, title: 'Node streams' }];
  const db = fakeDb(rows);
  const result = await mod.searchPosts(db, { term: 'node', limit: 10 });
  assert.deepEqual(result, rows);
  const [{ text, params }] = db.calls;
  assert.match(text, /ilike/i);
  assert.match(text, /\$1/);
  assert.ok(!/node/i.test(text.replace(/ilike/gi, '')), `the term is inside the SQL text: ${text}`);
  assert.ok(params.some((p) => typeof p === 'string' && p.includes('node')), 'the term should be one of the params');
});

test("a term like \"'; DROP TABLE posts; --\" never reaches the SQL text", async () => {
  const db = fakeDb();
  await mod.searchPosts(db, { term: "'; DROP TABLE posts; --", limit: 5 });
  const [{ text }] = db.calls;
  assert.ok(!/drop table/i.test(text), `user input reached the SQL text: ${text}`);
});

test('the limit is passed as a parameter, not written into the SQL', async () => {
  const db = fakeDb();
  await mod.searchPosts(db, { term: 'x', limit: 7 });
  const [{ text, params }] = db.calls;
  assert.ok(!/\b7\b/.test(text), `the limit is inside the SQL text: ${text}`);
  assert.ok(params.includes(7), `expected 7 among the params, got ${JSON.stringify(params)}`);
});

test('the limit is clamped to 1..50, and anything that is not a number becomes 20', async () => {
  const cases = [[500, 50], [50, 50], [0, 1], [-5, 1], [undefined, 20], ['abc', 20], ['10; DROP TABLE posts', 20], ['15', 15]];
  for (const [limit, expected] of cases) {
    const db = fakeDb();
    await mod.searchPosts(db, { term: 'x', limit });
    const numbers = db.calls[0].params.filter((p) => typeof p === 'number');
    assert.deepEqual(numbers, [expected], `limit ${JSON.stringify(limit)} should become ${expected}`);
    assert.ok(!/drop/i.test(db.calls[0].text));
  }
});
