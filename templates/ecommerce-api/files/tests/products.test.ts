import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app.js';
import { bearer, createAdmin, createProduct, type Session } from './helpers/factories.js';

const t = useTestApp();
let admin: Session;

beforeEach(async () => {
  admin = await createAdmin(t);
});

async function seedCatalogue() {
  const make = (name: string, category: string, priceCents: number, stock: number, description = '') =>
    createProduct(t.app, admin.token, { name, category, priceCents, stock, description });
  await make('Red Mug', 'kitchen', 1200, 5, 'A ceramic mug');
  await make('Blue Mug', 'kitchen', 1500, 0, 'Also a mug');
  await make('Chef Knife', 'kitchen', 5900, 2, 'Sharp 100% steel');
  await make('Desk Lamp', 'home', 3900, 7, 'Warm light');
  await make('Rug', 'home', 9900, 1, 'Soft');
}

const names = (res: request.Response) => res.body.data.map((p: { name: string }) => p.name);

describe('GET /products', () => {
  it('returns { data, meta } with pagination', async () => {
    await seedCatalogue();
    const res = await request(t.app).get('/products?limit=2&page=2&sort=name');
    expect(res.status).toBe(200);
    expect(res.body.meta).toEqual({ page: 2, limit: 2, total: 5, totalPages: 3 });
    expect(names(res)).toEqual(['Desk Lamp', 'Red Mug']);
  });

  it('searches name and description, case-insensitively, with ?q=', async () => {
    await seedCatalogue();
    expect(names(await request(t.app).get('/products?q=MUG&sort=name'))).toEqual(['Blue Mug', 'Red Mug']);
    expect(names(await request(t.app).get('/products?q=warm'))).toEqual(['Desk Lamp']);
    // % and _ are matched literally, not as wildcards.
    expect(names(await request(t.app).get('/products?q=100%25'))).toEqual(['Chef Knife']);
    expect(names(await request(t.app).get('/products?q=_'))).toEqual([]);
  });

  it('filters by category, price range and stock', async () => {
    await seedCatalogue();
    expect(names(await request(t.app).get('/products?category=home&sort=price'))).toEqual(['Desk Lamp', 'Rug']);
    expect(names(await request(t.app).get('/products?minPrice=1300&maxPrice=5900&sort=price'))).toEqual([
      'Blue Mug',
      'Desk Lamp',
      'Chef Knife',
    ]);
    expect(names(await request(t.app).get('/products?category=kitchen&inStock=true&sort=-price'))).toEqual([
      'Chef Knife',
      'Red Mug',
    ]);
    expect(names(await request(t.app).get('/products?inStock=false'))).toEqual(['Blue Mug']);
  });

  it('sorts by price both ways', async () => {
    await seedCatalogue();
    const up = await request(t.app).get('/products?sort=price');
    const prices = up.body.data.map((p: { priceCents: number }) => p.priceCents);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const down = await request(t.app).get('/products?sort=-price&limit=1');
    expect(names(down)).toEqual(['Rug']);
  });

  it('rejects bad query parameters with 422', async () => {
    for (const query of ['limit=0', 'limit=101', 'page=0', 'sort=random', 'minPrice=-1', 'minPrice=500&maxPrice=100', 'inStock=yes']) {
      const res = await request(t.app).get(`/products?${query}`);
      expect(res.status, query).toBe(422);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
  });
});

describe('product management', () => {
  it('creates, reads, updates and archives a product; money stays integer cents', async () => {
    const created = await createProduct(t.app, admin.token, { name: 'Kettle', priceCents: 2999 });
    expect(created).toMatchObject({ name: 'Kettle', priceCents: 2999, currency: 'usd', inStock: true });

    const patched = await request(t.app)
      .patch(`/products/${created.id}`)
      .set(bearer(admin.token))
      .send({ priceCents: 2499 });
    expect(patched.status).toBe(200);
    expect(patched.body.data).toMatchObject({ priceCents: 2499, name: 'Kettle', description: '' });

    expect((await request(t.app).get(`/products/${created.id}`)).body.data.priceCents).toBe(2499);
    expect((await request(t.app).delete(`/products/${created.id}`).set(bearer(admin.token))).status).toBe(204);
    expect((await request(t.app).get(`/products/${created.id}`)).status).toBe(404);
    expect((await request(t.app).get('/products')).body.meta.total).toBe(0);
  });

  it('refuses fractional prices and duplicate SKUs', async () => {
    const base = { sku: 'DUP', name: 'X', category: 'misc', priceCents: 100 };
    const fractional = await request(t.app).post('/products').set(bearer(admin.token)).send({ ...base, priceCents: 9.99 });
    expect(fractional.status).toBe(422);
    await request(t.app).post('/products').set(bearer(admin.token)).send(base).expect(201);
    const dup = await request(t.app).post('/products').set(bearer(admin.token)).send(base);
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('SKU_TAKEN');
  });

  it('adjusts stock atomically and never below zero', async () => {
    const { id } = await createProduct(t.app, admin.token, { stock: 3 });
    const add = await request(t.app).post(`/products/${id}/stock`).set(bearer(admin.token)).send({ delta: 4 });
    expect(add.body.data.stock).toBe(7);
    const tooMany = await request(t.app).post(`/products/${id}/stock`).set(bearer(admin.token)).send({ delta: -8 });
    expect(tooMany.status).toBe(409);
    expect(tooMany.body.error).toMatchObject({ code: 'INSUFFICIENT_STOCK', details: { available: 7 } });
    const all = await request(t.app).post(`/products/${id}/stock`).set(bearer(admin.token)).send({ delta: -7 });
    expect(all.body.data).toMatchObject({ stock: 0, inStock: false });
  });
});
