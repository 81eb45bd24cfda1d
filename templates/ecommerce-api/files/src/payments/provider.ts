import type { PaymentEvent } from '../schemas/payments.js';

export type { PaymentEvent };

export interface CreateIntentInput {
  amountCents: number;
  currency: string;
  orderId: number;
}

export interface ProviderIntent {
  /** The provider's id for the intent, e.g. "pi_..." */
  id: string;
  /** Given to the customer's browser to confirm the payment with the provider. */
  clientSecret: string;
}

export interface ConfirmIntentInput {
  intentId: string;
  amountCents: number;
  currency: string;
  paymentMethod: string;
}

export type WebhookHeaders = Record<string, string | string[] | undefined>;

/**
 * Everything the shop needs from a payment provider. The app ships with
 * FakePaymentProvider for development and tests; a real one (Stripe, Adyen, ...) is
 * another class implementing this interface, passed to createApp().
 */
export interface PaymentProvider {
  readonly name: string;
  createIntent(input: CreateIntentInput): Promise<ProviderIntent>;
  /**
   * Asks the provider to charge the intent. The outcome is NOT returned: it arrives
   * later as a signed webhook (payment_intent.succeeded / payment_intent.payment_failed).
   */
  confirmIntent(input: ConfirmIntentInput): Promise<void>;
  refund(intentId: string, amountCents: number): Promise<void>;
  /**
   * Checks a webhook delivery's signature against the raw body and returns the event.
   * Throws WebhookVerificationError (-> 400) for a bad signature or a stale timestamp.
   */
  parseWebhook(rawBody: Buffer, headers: WebhookHeaders, now: Date): PaymentEvent;
}
