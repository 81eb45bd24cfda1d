import { ConflictError, NotFoundError, UnprocessableError } from '../errors.js';
import { offsetOf, pageMeta, type Page } from '../lib/pagination.js';
import { now, placeholders } from '../lib/sql.js';
import { toOrder, type Order, type OrderItemRow, type OrderRow } from '../models/order.js';
import type { Database, Queryable, SqlParam } from '../db/types.js';
import type { OrderStatus, ShippingAddressInput } from '../schemas/orders.js';
import type { PaymentService } from './payments.service.js';
import type { AuthUser } from './tokens.service.js';

interface CartLine {
  product_id: number;
  quantity: number;
  name: string;
  price_cents: number;
  archived_at: unknown;
}

export class OrderService {
  constructor(
    private readonly db: Database,
    private readonly payments: PaymentService,
    private readonly currency: string,
  ) {}

  /**
   * Turns the user's cart into an order in ONE transaction: reserve stock, write
   * the order and its lines, empty the cart. Any failure rolls all of it back.
   */
  async createFromCart(userId: number, shippingAddress: ShippingAddressInput): Promise<Order> {
    return this.db.transaction(async (tx) => {
      // Sorted by product id: concurrent orders then lock rows in the same order
      // (on PostgreSQL this avoids deadlocks between two multi-item orders).
      const lines = await tx.all<CartLine>(
        `SELECT c.product_id, c.quantity, p.name, p.price_cents, p.archived_at
         FROM cart_items c JOIN products p ON p.id = c.product_id
         WHERE c.user_id = ? ORDER BY c.product_id`,
        [userId],
      );
      if (lines.length === 0) throw new UnprocessableError('CART_EMPTY', 'Your cart is empty');

      const at = now();
      for (const line of lines) {
        if (line.archived_at !== null) {
          throw new ConflictError('PRODUCT_UNAVAILABLE', `"${line.name}" is no longer sold`, {
            productId: line.product_id,
          });
        }
        // The conditional decrement: the check and the write are one statement, so two
        // orders can never both take the last unit. 0 rows changed = not enough stock.
        const { changes } = await tx.run(
          'UPDATE products SET stock = stock - ?, updated_at = ? WHERE id = ? AND stock >= ?',
          [line.quantity, at, line.product_id, line.quantity],
        );
        if (changes === 0) {
          throw new ConflictError('INSUFFICIENT_STOCK', `Not enough stock for "${line.name}"`, {
            productId: line.product_id,
            requested: line.quantity,
          });
        }
      }

      const totalCents = lines.reduce((sum, line) => sum + line.price_cents * line.quantity, 0);
      const order = await tx.get<OrderRow>(
        `INSERT INTO orders (user_id, status, total_cents, currency, shipping_address, created_at, updated_at)
         VALUES (?, 'pending_payment', ?, ?, ?, ?, ?) RETURNING *`,
        [userId, totalCents, this.currency, JSON.stringify(shippingAddress), at, at],
      );
      if (!order) throw new Error('INSERT ... RETURNING returned no row');
      for (const line of lines) {
        await tx.run(
          `INSERT INTO order_items (order_id, product_id, product_name, unit_price_cents, quantity)
           VALUES (?, ?, ?, ?, ?)`,
          [order.id, line.product_id, line.name, line.price_cents, line.quantity],
        );
      }
      await tx.run('DELETE FROM cart_items WHERE user_id = ?', [userId]);
      return toOrder(order, await itemsOf(tx, [order.id]));
    });
  }

  /** Customers see their own orders; admins see everyone's. */
  async list(actor: AuthUser, query: { page: number; limit: number; status?: OrderStatus | undefined }): Promise<Page<Order>> {
    const where: string[] = [];
    const params: SqlParam[] = [];
    if (actor.role !== 'admin') {
      where.push('user_id = ?');
      params.push(actor.id);
    }
    if (query.status) {
      where.push('status = ?');
      params.push(query.status);
    }
    const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const count = await this.db.get<{ total: number }>(
      `SELECT CAST(COUNT(*) AS INTEGER) AS total FROM orders ${whereSql}`,
      params,
    );
    const rows = await this.db.all<OrderRow>(
      `SELECT * FROM orders ${whereSql} ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`,
      [...params, query.limit, offsetOf(query.page, query.limit)],
    );
    const items = await itemsOf(this.db, rows.map((row) => row.id));
    return {
      data: rows.map((row) => toOrder(row, items.filter((item) => item.order_id === row.id))),
      meta: pageMeta(query.page, query.limit, count?.total ?? 0),
    };
  }

  async get(actor: AuthUser, id: number): Promise<Order> {
    const row = await findVisible(this.db, actor, id);
    return toOrder(row, await itemsOf(this.db, [id]));
  }

  /**
   * pending_payment -> cancelled (the owner or an admin), or paid -> cancelled (admin
   * only; the payment is refunded). The reserved stock goes back in the same transaction.
   */
  async cancel(actor: AuthUser, id: number): Promise<Order> {
    const { order, previous } = await this.db.transaction(async (tx) => {
      const row = await findVisible(tx, actor, id);
      const allowed: OrderStatus[] = actor.role === 'admin' ? ['pending_payment', 'paid'] : ['pending_payment'];
      if (!allowed.includes(row.status)) {
        throw new ConflictError('INVALID_ORDER_STATE', `An order that is ${row.status} cannot be cancelled`);
      }
      const at = now();
      // Conditional on the status we just read: a payment webhook racing with this
      // cancel cannot both win, and stock is released exactly once.
      const updated = await tx.get<OrderRow>(
        `UPDATE orders SET status = 'cancelled', cancelled_at = ?, updated_at = ?
         WHERE id = ? AND status = ? RETURNING *`,
        [at, at, id, row.status],
      );
      if (!updated) throw new ConflictError('INVALID_ORDER_STATE', 'The order changed meanwhile; try again');
      const items = await itemsOf(tx, [id]);
      for (const item of items) {
        await tx.run('UPDATE products SET stock = stock + ?, updated_at = ? WHERE id = ?', [
          item.quantity,
          at,
          item.product_id,
        ]);
      }
      return { order: toOrder(updated, items), previous: row.status };
    });
    // Talk to the payment provider only after the commit, never inside a transaction.
    if (previous === 'paid') await this.payments.refundOrder(order.id);
    return order;
  }

  /** paid -> shipped. Admin only (checked by the route). */
  async ship(id: number): Promise<Order> {
    const at = now();
    const row = await this.db.get<OrderRow>(
      `UPDATE orders SET status = 'shipped', shipped_at = ?, updated_at = ?
       WHERE id = ? AND status = 'paid' RETURNING *`,
      [at, at, id],
    );
    if (!row) {
      const current = await this.db.get<OrderRow>('SELECT * FROM orders WHERE id = ?', [id]);
      if (!current) throw new NotFoundError('Order');
      throw new ConflictError('INVALID_ORDER_STATE', `Only paid orders can be shipped (this one is ${current.status})`);
    }
    return toOrder(row, await itemsOf(this.db, [id]));
  }
}

/** 404 (not 403) for someone else's order: do not even confirm that it exists. */
async function findVisible(q: Queryable, actor: AuthUser, id: number): Promise<OrderRow> {
  const row = await q.get<OrderRow>('SELECT * FROM orders WHERE id = ?', [id]);
  if (!row || (actor.role !== 'admin' && row.user_id !== actor.id)) throw new NotFoundError('Order');
  return row;
}

async function itemsOf(q: Queryable, orderIds: number[]): Promise<OrderItemRow[]> {
  if (orderIds.length === 0) return [];
  return q.all<OrderItemRow>(
    `SELECT * FROM order_items WHERE order_id IN (${placeholders(orderIds.length)}) ORDER BY product_id`,
    orderIds,
  );
}
