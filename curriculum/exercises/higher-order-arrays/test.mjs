import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';

const mod = await import(pathToFileURL(process.env.EXERCISE_FILE).href);
const { activeEmails, groupByRole, paidRevenue } = mod;

const frozen = (items) => Object.freeze(items.map((item) => Object.freeze({ ...item })));

const users = frozen([
  { name: 'Ada', email: 'Ada@Example.com', role: 'admin', isActive: true },
  { name: 'Bo', email: 'bo@example.com', role: 'member', isActive: false },
  { name: 'Cy', email: 'CY@example.com', role: 'admin', isActive: true },
  { name: 'Dee', email: 'dee@example.com', role: 'editor', isActive: 'yes' },
  { name: 'Eli', email: 'eli@example.com', role: 'member', isActive: true },
]);

test('activeEmails returns the lowercased emails of active users, in order', () => {
  assert.deepEqual(activeEmails(users), ['ada@example.com', 'cy@example.com', 'eli@example.com']);
});

test('activeEmails only counts isActive === true and returns [] for no users', () => {
  assert.deepEqual(activeEmails(frozen([{ email: 'x@y.z', isActive: 1 }])), []);
  assert.deepEqual(activeEmails(frozen([])), []);
});

test('groupByRole maps each role to the names of its users', () => {
  assert.deepEqual(groupByRole(users), {
    admin: ['Ada', 'Cy'],
    member: ['Bo', 'Eli'],
    editor: ['Dee'],
  });
});

test('groupByRole([]) returns an empty object', () => {
  assert.deepEqual(groupByRole(frozen([])), {});
});

test('paidRevenue sums quantity * priceCents of paid orders only', () => {
  const orders = frozen([
    { status: 'paid', quantity: 2, priceCents: 1250 },
    { status: 'refunded', quantity: 1, priceCents: 9900 },
    { status: 'paid', quantity: 3, priceCents: 199 },
    { status: 'pending', quantity: 5, priceCents: 100 },
  ]);
  assert.equal(paidRevenue(orders), 2500 + 597);
});

test('paidRevenue of an empty list, or of no paid orders, is 0', () => {
  assert.equal(paidRevenue(frozen([])), 0);
  assert.equal(paidRevenue(frozen([{ status: 'pending', quantity: 1, priceCents: 500 }])), 0);
});

test('two calls to groupByRole do not share or leak results', () => {
  const first = groupByRole(frozen([{ name: 'A', role: 'x' }]));
  const second = groupByRole(frozen([{ name: 'B', role: 'x' }]));
  assert.deepEqual(first, { x: ['A'] });
  assert.deepEqual(second, { x: ['B'] });
});
