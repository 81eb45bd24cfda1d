import { BadRequestError, ConflictError, NotFoundError } from '../errors.js';
import { safeEqual } from '../lib/crypto.js';
import { now } from '../lib/sql.js';
import { toPaymentIntent, type PaymentIntent, type PaymentRow } from '../models/payment.js';
import type { Database } from '../db/types.js';
import type { Logger } from '../lib/logger.js';
import type { PaymentProvider } from '../payments/provider.js';
import type { AuthUser } from './tokens.service.js';

interface OrderForPayment {
  id: number;
  user_id: number;
  status: string;
  total_cents: number;
  currency: string;
}

/** Payment intents for orders. The order becomes `paid` only through a webhook. */
export class PaymentService {
  constructor(
    private readonly db: Database,
    private readonly provider: PaymentProvider,
    private readonly logger: Logger,
  ) {}

  /**
   * Creates an intent for the caller's pending order, or returns the one still
   * waiting for confirmation (`created: false`), so a double click does not
   * produce two charges.
   */
  async createIntent(actor: AuthUser, orderId: number): Promise<{ intent: PaymentIntent; created: boolean }> {
    const order = await this.db.get<OrderForPayment>(
      'SELECT id, user_id, status, total_cents, currency FROM orders WHERE id = ?',
      [orderId],
    );
    if (!order || order.user_id !== actor.id) throw new NotFoundError('Order');
    if (order.status !== 'pending_payment') {
      throw new ConflictError('INVALID_ORDER_STATE', `Order is ${order.status}; only pending orders can be paid`);
    }
    const open = await this.db.get<PaymentRow>(
      `SELECT * FROM payments WHERE order_id = ? AND status = 'requires_confirmation'
       ORDER BY id DESC LIMIT 1`,
      [orderId],
    );
    if (open) return { intent: toPaymentIntent(open), created: false };

    const intent = await this.provider.createIntent({
      amountCents: order.total_cents,
      currency: order.currency,
      orderId,
    });
    const at = now();
    const row = await this.db.get<PaymentRow>(
      `INSERT INTO payments (order_id, provider, provider_ref, client_secret, amount_cents, currency, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 'requires_confirmation', ?, ?) RETURNING *`,
      [orderId, this.provider.name, intent.id, intent.clientSecret, order.total_cents, order.currency, at, at],
    );
    if (!row) throw new Error('INSERT ... RETURNING returned no row');
    return { intent: toPaymentIntent(row), created: true };
  }

  async get(actor: AuthUser, id: number): Promise<PaymentIntent> {
    return toPaymentIntent(await this.findVisible(actor, id));
  }

  /**
   * Development flow: with a real provider the browser confirms with the provider's
   * SDK. Here the server asks the provider, which answers with a signed webhook.
   */
  async confirm(actor: AuthUser, id: number, clientSecret: string, paymentMethod: string): Promise<PaymentIntent> {
    const payment = await this.findVisible(actor, id);
    if (!safeEqual(clientSecret, payment.client_secret)) {
      throw new BadRequestError('INVALID_CLIENT_SECRET', 'The client secret does not match this payment intent');
    }
    const { changes } = await this.db.run(
      `UPDATE payments SET status = 'processing', updated_at = ?
       WHERE id = ? AND status = 'requires_confirmation'`,
      [now(), id],
    );
    if (changes === 0) {
      throw new ConflictError('INVALID_PAYMENT_STATE', `Payment intent is ${payment.status}; it cannot be confirmed`);
    }
    await this.provider.confirmIntent({
      intentId: payment.provider_ref,
      amountCents: payment.amount_cents,
      currency: payment.currency,
      paymentMethod,
    });
    return this.get(actor, id);
  }

  /** Refunds the order's successful payment, if any (after the order was cancelled). */
  async refundOrder(orderId: number): Promise<void> {
    const payment = await this.db.get<PaymentRow>(
      "SELECT * FROM payments WHERE order_id = ? AND status = 'succeeded'",
      [orderId],
    );
    if (payment) await this.refund(payment);
  }

  async refund(payment: PaymentRow): Promise<void> {
    await this.provider.refund(payment.provider_ref, payment.amount_cents);
    await this.db.run("UPDATE payments SET status = 'refunded', updated_at = ? WHERE id = ?", [now(), payment.id]);
    this.logger.info(`Refunded payment ${payment.id} (order ${payment.order_id})`);
  }

  /** The payment's order must belong to the caller (admins may look at any). */
  private async findVisible(actor: AuthUser, id: number): Promise<PaymentRow> {
    const row = await this.db.get<PaymentRow & { owner_id: number }>(
      `SELECT p.*, o.user_id AS owner_id FROM payments p JOIN orders o ON o.id = p.order_id WHERE p.id = ?`,
      [id],
    );
    if (!row || (row.owner_id !== actor.id && actor.role !== 'admin')) throw new NotFoundError('Payment intent');
    return row;
  }
}
