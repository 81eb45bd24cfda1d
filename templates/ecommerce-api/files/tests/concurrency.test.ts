import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app.js';
import { addToCart, address, bearer, createAdmin, createProduct, registerCustomer, stockOf } from './helpers/factories.js';

const t = useTestApp();

/**
 * Many customers each hold the product in their cart (the cart check passed for
 * everyone, because stock was there when they added it). Then all of them check
 * out at the same moment. Exactly `stock` units may be sold - never more.
 */
async function race(stock: number, buyers: number, quantityEach: number) {
  const admin = await createAdmin(t);
  const product = await createProduct(t.app, admin.token, { stock });
  const customers = await Promise.all(
    Array.from({ length: buyers }, (_, i) => registerCustomer(t.app, `buyer${i}`)),
  );
  for (const customer of customers) await addToCart(t.app, customer.token, product.id, quantityEach);

  const responses = await Promise.all(
    customers.map((customer) =>
      request(t.app).post('/orders').set(bearer(customer.token)).send({ shippingAddress: address }),
    ),
  );

  const sold = await t.db.get<{ units: number; orders: number }>(
    `SELECT CAST(COALESCE(SUM(quantity), 0) AS INTEGER) AS units, CAST(COUNT(*) AS INTEGER) AS orders
     FROM order_items WHERE product_id = ?`,
    [product.id],
  );
  return { product, responses, sold: sold!, stockLeft: await stockOf(t, product.id) };
}

// @starter-replace: (stage no-oversell) un-skip these tests when the stage passes
describe('concurrent orders cannot oversell', () => {
// @starter-else
// describe.skip('TODO (stage no-oversell): concurrent orders cannot oversell', () => {
// @starter-end
  it('25 buyers, 5 in stock: exactly 5 orders succeed and stock ends at 0', async () => {
    const { responses, sold, stockLeft } = await race(5, 25, 1);

    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.filter((s) => s === 409)).toHaveLength(20);
    for (const r of responses.filter((r) => r.status === 409)) {
      expect(r.body.error.code).toBe('INSUFFICIENT_STOCK');
    }
    expect(sold).toEqual({ units: 5, orders: 5 });
    expect(stockLeft).toBe(0);
  });

  it('quantities that do not divide the stock: 7 in stock, 10 buyers of 2 -> 3 orders, 1 left', async () => {
    const { responses, sold, stockLeft } = await race(7, 10, 2);
    expect(responses.filter((r) => r.status === 201)).toHaveLength(3);
    expect(sold).toEqual({ units: 6, orders: 3 });
    expect(stockLeft).toBe(1);
    expect(stockLeft).toBeGreaterThanOrEqual(0);
  });

  it('the database itself refuses negative stock (CHECK constraint)', async () => {
    const admin = await createAdmin(t);
    const product = await createProduct(t.app, admin.token, { stock: 1 });
    await expect(t.db.run('UPDATE products SET stock = stock - 2 WHERE id = ?', [product.id])).rejects.toThrow();
    expect(await stockOf(t, product.id)).toBe(1);
  });
});
