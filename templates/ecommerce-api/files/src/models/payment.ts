import { toIso } from '../lib/sql.js';

export type PaymentStatus = 'requires_confirmation' | 'processing' | 'succeeded' | 'failed' | 'refunded';

export interface PaymentRow {
  id: number;
  order_id: number;
  provider: string;
  provider_ref: string;
  client_secret: string;
  amount_cents: number;
  currency: string;
  status: PaymentStatus;
  created_at: string | Date;
  updated_at: string | Date;
}

/** A payment intent as the API shows it to the order's owner. */
export interface PaymentIntent {
  id: number;
  orderId: number;
  provider: string;
  providerRef: string;
  /** Handed to the browser so it can confirm the payment with the provider. */
  clientSecret: string;
  amountCents: number;
  currency: string;
  status: PaymentStatus;
  createdAt: string;
  updatedAt: string;
}

export function toPaymentIntent(row: PaymentRow): PaymentIntent {
  return {
    id: row.id,
    orderId: row.order_id,
    provider: row.provider,
    providerRef: row.provider_ref,
    clientSecret: row.client_secret,
    amountCents: row.amount_cents,
    currency: row.currency,
    status: row.status,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}
