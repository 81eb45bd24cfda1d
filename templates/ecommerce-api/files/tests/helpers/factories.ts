import type { Express } from 'express';
import request from 'supertest';
import { expect } from 'vitest';
import { TokenService } from '../../src/services/tokens.service.js';
import { UserService } from '../../src/services/users.service.js';
import type { Product } from '../../src/models/product.js';
import type { Order } from '../../src/models/order.js';
import type { TestApp } from './app.js';

export interface Session {
  id: number;
  email: string;
  token: string;
}

let counter = 0;
const uniqueEmail = (prefix: string) => `${prefix}-${++counter}-${Date.now()}@example.com`;

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export const address = {
  name: 'Ada Lovelace',
  line1: '12 Analytical Street',
  city: 'London',
  postalCode: 'N1 9GU',
  country: 'GB',
};

/** Signs up through the API, like a real customer. */
export async function registerCustomer(app: Express, prefix = 'customer'): Promise<Session> {
  const email = uniqueEmail(prefix);
  const res = await request(app)
    .post('/auth/register')
    .send({ email, password: 'correct-horse-battery', name: 'Test Customer' });
  expect(res.status).toBe(201);
  return { id: res.body.data.user.id, email, token: res.body.data.accessToken };
}

/** Admins cannot sign up through the API, so the test creates one directly. */
export async function createAdmin(t: TestApp): Promise<Session> {
  const email = uniqueEmail('admin');
  const users = new UserService(t.db, t.config.bcryptCost);
  const user = await users.create({ email, password: 'admin-password-123', name: 'Admin' }, 'admin');
  const token = await new TokenService(t.config.jwtSecret, t.config.jwtExpiresInSeconds).sign(user);
  return { id: user.id, email, token };
}

let sku = 0;
export async function createProduct(
  app: Express,
  adminToken: string,
  overrides: Partial<{ name: string; description: string; category: string; priceCents: number; stock: number }> = {},
): Promise<Product> {
  const res = await request(app)
    .post('/products')
    .set(bearer(adminToken))
    .send({ sku: `SKU-${++sku}`, name: 'Widget', category: 'gadgets', priceCents: 1000, stock: 10, ...overrides });
  expect(res.status).toBe(201);
  return res.body.data as Product;
}

export async function addToCart(app: Express, token: string, productId: number, quantity = 1): Promise<void> {
  const res = await request(app).post('/cart/items').set(bearer(token)).send({ productId, quantity });
  expect(res.status).toBe(200);
}

/** Fills the cart and places the order. */
export async function placeOrder(app: Express, token: string, lines: [productId: number, quantity: number][]): Promise<Order> {
  for (const [productId, quantity] of lines) await addToCart(app, token, productId, quantity);
  const res = await request(app).post('/orders').set(bearer(token)).send({ shippingAddress: address });
  expect(res.status).toBe(201);
  return res.body.data as Order;
}

export async function stockOf(t: TestApp, productId: number): Promise<number> {
  const row = await t.db.get<{ stock: number }>('SELECT stock FROM products WHERE id = ?', [productId]);
  return row?.stock ?? Number.NaN;
}
