import request from 'supertest';
import { expect } from 'vitest';
import type { PaymentIntent } from '../../src/models/payment.js';
import { signPayload, SIGNATURE_HEADER } from '../../src/payments/signature.js';
import type { PaymentEvent } from '../../src/schemas/payments.js';
import type { TestApp } from './app.js';
import { bearer } from './factories.js';

export async function createIntent(t: TestApp, token: string, orderId: number): Promise<PaymentIntent> {
  const res = await request(t.app).post('/payment-intents').set(bearer(token)).send({ orderId });
  expect(res.status).toBe(201);
  return res.body.data as PaymentIntent;
}

/** Creates an intent and confirms it with the fake provider's "always works" card. */
export async function payOrder(t: TestApp, token: string, orderId: number): Promise<PaymentIntent> {
  const intent = await createIntent(t, token, orderId);
  const res = await request(t.app)
    .post(`/payment-intents/${intent.id}/confirm`)
    .set(bearer(token))
    .send({ clientSecret: intent.clientSecret, paymentMethod: 'pm_card_visa' });
  expect(res.status).toBe(200);
  expect(res.body.data.status).toBe('succeeded');
  return res.body.data as PaymentIntent;
}

let eventCounter = 0;
export function succeededEvent(intent: PaymentIntent, overrides: Partial<PaymentEvent> = {}): PaymentEvent {
  return {
    id: `evt_test_${++eventCounter}_${Date.now()}`,
    type: 'payment_intent.succeeded',
    created: Math.floor(Date.now() / 1000),
    data: { intentId: intent.providerRef, amountCents: intent.amountCents, currency: intent.currency },
    ...overrides,
  };
}

/** POSTs a webhook exactly as a provider would: raw JSON bytes plus the signature header. */
export function sendWebhook(
  t: TestApp,
  rawBody: string,
  options: { secret?: string; timestamp?: number; signature?: string } = {},
) {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = options.signature ?? signPayload(options.secret ?? t.config.webhookSecret, rawBody, timestamp);
  return request(t.app)
    .post('/webhooks/payments')
    .set('Content-Type', 'application/json')
    .set(SIGNATURE_HEADER, signature)
    .send(rawBody);
}
