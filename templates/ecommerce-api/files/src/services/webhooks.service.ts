import { BadRequestError } from '../errors.js';
import { now } from '../lib/sql.js';
import { WebhookVerificationError } from '../payments/signature.js';
import type { Database } from '../db/types.js';
import type { Logger } from '../lib/logger.js';
import type { PaymentRow } from '../models/payment.js';
import type { PaymentProvider, WebhookHeaders } from '../payments/provider.js';
import type { PaymentService } from './payments.service.js';

export type WebhookOutcome = 'applied' | 'ignored' | 'refunded';

/** Receives payment provider events: verify, de-duplicate, then move payment and order on. */
export class WebhookService {
  constructor(
    private readonly db: Database,
    private readonly provider: PaymentProvider,
    private readonly payments: PaymentService,
    private readonly logger: Logger,
  ) {}

  async receive(rawBody: Buffer, headers: WebhookHeaders): Promise<{ eventId: string; outcome: WebhookOutcome }> {
    // 1. Signature and timestamp, checked on the raw bytes before anything is trusted.
    const event = this.provider.parseWebhook(rawBody, headers, new Date());

    const result = await this.db.transaction(async (tx) => {
      // 2. Replay protection: each event id is accepted once.
      const fresh = await tx.run(
        'INSERT INTO webhook_events (event_id, type, received_at) VALUES (?, ?, ?) ON CONFLICT (event_id) DO NOTHING',
        [event.id, event.type, now()],
      );
      if (fresh.changes === 0) {
        throw new WebhookVerificationError('WEBHOOK_REPLAYED', `Event ${event.id} was already received`);
      }

      const payment = await tx.get<PaymentRow>('SELECT * FROM payments WHERE provider_ref = ?', [event.data.intentId]);
      if (!payment) return { outcome: 'ignored' as const };
      if (payment.amount_cents !== event.data.amountCents || payment.currency !== event.data.currency) {
        throw new BadRequestError('WEBHOOK_AMOUNT_MISMATCH', 'Event amount does not match the payment intent');
      }

      // 3. State changes, each conditional on the current state.
      const at = now();
      const status = event.type === 'payment_intent.succeeded' ? 'succeeded' : 'failed';
      const moved = await tx.run(
        `UPDATE payments SET status = ?, updated_at = ?
         WHERE id = ? AND status IN ('requires_confirmation', 'processing')`,
        [status, at, payment.id],
      );
      // Already final (say, a second event for the same intent): nothing to do.
      if (moved.changes === 0) return { outcome: 'ignored' as const };
      // A failed payment leaves the order pending_payment: the customer may try again.
      if (status === 'failed') return { outcome: 'applied' as const };

      const paid = await tx.run(
        `UPDATE orders SET status = 'paid', paid_at = ?, updated_at = ?
         WHERE id = ? AND status = 'pending_payment'`,
        [at, at, payment.order_id],
      );
      // Money arrived for an order that was cancelled meanwhile: give it back.
      return paid.changes === 1 ? { outcome: 'applied' as const } : { outcome: 'refunded' as const, payment };
    });

    if (result.outcome === 'refunded' && 'payment' in result) {
      await this.payments.refund({ ...result.payment, status: 'succeeded' });
    }
    this.logger.info(`Webhook ${event.type} ${event.id}: ${result.outcome}`);
    return { eventId: event.id, outcome: result.outcome };
  }
}
