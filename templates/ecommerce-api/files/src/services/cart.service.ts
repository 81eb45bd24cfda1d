import { ConflictError, NotFoundError } from '../errors.js';
import { now } from '../lib/sql.js';
import type { Database } from '../db/types.js';

export interface CartItem {
  productId: number;
  name: string;
  unitPriceCents: number;
  quantity: number;
  lineTotalCents: number;
  /** False when the product was archived or its stock fell below the quantity. */
  available: boolean;
}

export interface Cart {
  items: CartItem[];
  totalCents: number;
  currency: string;
}

interface CartRow {
  product_id: number;
  quantity: number;
  name: string;
  price_cents: number;
  stock: number;
  archived_at: unknown;
}

/**
 * One cart per user, kept in the database. The stock checks here give early,
 * friendly errors; the real guarantee is the order transaction (orders.service.ts),
 * because stock can change between "add to cart" and "place order".
 */
export class CartService {
  constructor(
    private readonly db: Database,
    private readonly currency: string,
  ) {}

  async get(userId: number): Promise<Cart> {
    const rows = await this.db.all<CartRow>(
      `SELECT c.product_id, c.quantity, p.name, p.price_cents, p.stock, p.archived_at
       FROM cart_items c JOIN products p ON p.id = c.product_id
       WHERE c.user_id = ?
       ORDER BY c.added_at, c.product_id`,
      [userId],
    );
    const items = rows.map((row) => ({
      productId: row.product_id,
      name: row.name,
      unitPriceCents: row.price_cents,
      quantity: row.quantity,
      lineTotalCents: row.price_cents * row.quantity,
      available: row.archived_at === null && row.stock >= row.quantity,
    }));
    const totalCents = items.reduce((sum, item) => sum + item.lineTotalCents, 0);
    return { items, totalCents, currency: this.currency };
  }

  /** Adds `quantity` to what is already in the cart. */
  async addItem(userId: number, productId: number, quantity: number): Promise<Cart> {
    const existing = await this.db.get<{ quantity: number }>(
      'SELECT quantity FROM cart_items WHERE user_id = ? AND product_id = ?',
      [userId, productId],
    );
    return this.setItem(userId, productId, (existing?.quantity ?? 0) + quantity);
  }

  /** Sets the quantity of one product (adding the line if needed). */
  async setItem(userId: number, productId: number, quantity: number): Promise<Cart> {
    const product = await this.db.get<{ stock: number }>(
      'SELECT stock FROM products WHERE id = ? AND archived_at IS NULL',
      [productId],
    );
    if (!product) throw new NotFoundError('Product');
    if (quantity > product.stock) {
      throw new ConflictError('INSUFFICIENT_STOCK', `Only ${product.stock} left in stock`, {
        productId,
        requested: quantity,
        available: product.stock,
      });
    }
    await this.db.run(
      `INSERT INTO cart_items (user_id, product_id, quantity, added_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (user_id, product_id) DO UPDATE SET quantity = excluded.quantity`,
      [userId, productId, quantity, now()],
    );
    return this.get(userId);
  }

  async removeItem(userId: number, productId: number): Promise<Cart> {
    const { changes } = await this.db.run(
      'DELETE FROM cart_items WHERE user_id = ? AND product_id = ?',
      [userId, productId],
    );
    if (changes === 0) throw new NotFoundError('Cart item');
    return this.get(userId);
  }

  async clear(userId: number): Promise<void> {
    await this.db.run('DELETE FROM cart_items WHERE user_id = ?', [userId]);
  }
}
