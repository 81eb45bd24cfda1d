import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestApp } from './helpers/app.js';
import { bearer, createAdmin, createProduct, placeOrder, registerCustomer, type Session } from './helpers/factories.js';
import { createIntent, sendWebhook, succeededEvent } from './helpers/payments.js';
import type { PaymentIntent } from '../src/models/payment.js';
import { signPayload } from '../src/payments/signature.js';
import type { Order } from '../src/models/order.js';

const t = useTestApp();
let customer: Session;
let order: Order;
let intent: PaymentIntent;

beforeEach(async () => {
  const admin = await createAdmin(t);
  customer = await registerCustomer(t.app);
  const product = await createProduct(t.app, admin.token, { priceCents: 3000, stock: 5 });
  order = await placeOrder(t.app, customer.token, [[product.id, 1]]);
  intent = await createIntent(t, customer.token, order.id);
});

const orderStatus = async () =>
  (await request(t.app).get(`/orders/${order.id}`).set(bearer(customer.token))).body.data.status as string;

// @starter-replace: (stage webhooks) un-skip these tests when the stage passes
describe('POST /webhooks/payments', () => {
// @starter-else
// describe.skip('TODO (stage webhooks): POST /webhooks/payments', () => {
// @starter-end
  it('accepts a correctly signed event and marks the order paid', async () => {
    const event = succeededEvent(intent);
    const res = await sendWebhook(t, JSON.stringify(event));
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ received: true, eventId: event.id, outcome: 'applied' });
    expect(await orderStatus()).toBe('paid');
  });

  it('rejects a signature made with another secret (400) and changes nothing', async () => {
    const res = await sendWebhook(t, JSON.stringify(succeededEvent(intent)), { secret: 'whsec_attacker_guess_000' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('WEBHOOK_SIGNATURE_INVALID');
    expect(await orderStatus()).toBe('pending_payment');
  });

  it('rejects a body changed after signing', async () => {
    const timestamp = Math.floor(Date.now() / 1000);
    const original = JSON.stringify(succeededEvent(intent));
    const signature = signPayload(t.config.webhookSecret, original, timestamp);
    const tampered = original.replace(`"amountCents":${intent.amountCents}`, '"amountCents":1');
    const res = await sendWebhook(t, tampered, { signature });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('WEBHOOK_SIGNATURE_INVALID');
  });

  it('rejects missing and malformed signature headers', async () => {
    const body = JSON.stringify(succeededEvent(intent));
    const missing = await request(t.app).post('/webhooks/payments').set('Content-Type', 'application/json').send(body);
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('WEBHOOK_SIGNATURE_MISSING');
    const malformed = await sendWebhook(t, body, { signature: 'v1=abc' });
    expect(malformed.status).toBe(400);
  });

  it('rejects a validly signed event whose timestamp is outside the tolerance window', async () => {
    const stale = Math.floor(Date.now() / 1000) - t.config.webhookToleranceSeconds - 10;
    const res = await sendWebhook(t, JSON.stringify(succeededEvent(intent)), { timestamp: stale });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('WEBHOOK_TIMESTAMP_OUT_OF_RANGE');

    const future = Math.floor(Date.now() / 1000) + t.config.webhookToleranceSeconds + 10;
    expect((await sendWebhook(t, JSON.stringify(succeededEvent(intent)), { timestamp: future })).status).toBe(400);
    expect(await orderStatus()).toBe('pending_payment');
  });

  it('rejects a replay of the same delivery (same event id) with 400', async () => {
    const body = JSON.stringify(succeededEvent(intent));
    const timestamp = Math.floor(Date.now() / 1000);
    expect((await sendWebhook(t, body, { timestamp })).status).toBe(200);
    const replay = await sendWebhook(t, body, { timestamp });
    expect(replay.status).toBe(400);
    expect(replay.body.error.code).toBe('WEBHOOK_REPLAYED');
    const resigned = await sendWebhook(t, body, { timestamp: timestamp + 1 });
    expect(resigned.status).toBe(400);
  });

  it('rejects a signed event whose amount does not match the intent', async () => {
    const event = succeededEvent(intent, {});
    event.data.amountCents = 1;
    const res = await sendWebhook(t, JSON.stringify(event));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('WEBHOOK_AMOUNT_MISMATCH');
    expect(await orderStatus()).toBe('pending_payment');
  });

  it('refunds a payment that succeeds after the order was cancelled', async () => {
    await request(t.app).post(`/orders/${order.id}/cancel`).set(bearer(customer.token)).expect(200);
    const res = await sendWebhook(t, JSON.stringify(succeededEvent(intent)));
    expect(res.body.data.outcome).toBe('refunded');
    const payment = await request(t.app).get(`/payment-intents/${intent.id}`).set(bearer(customer.token));
    expect(payment.body.data.status).toBe('refunded');
    expect(await orderStatus()).toBe('cancelled');
  });
});
