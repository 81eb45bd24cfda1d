import { PaymentEventSchema, type PaymentEvent } from '../schemas/payments.js';
import { randomToken } from '../lib/crypto.js';
import { SIGNATURE_HEADER, WebhookVerificationError, signPayload, verifySignature } from './signature.js';
import type {
  ConfirmIntentInput,
  CreateIntentInput,
  PaymentProvider,
  ProviderIntent,
  WebhookHeaders,
} from './provider.js';

/** Hands a signed webhook to the app, exactly as POST /webhooks/payments would receive it. */
export type WebhookDeliverer = (rawBody: Buffer, headers: WebhookHeaders) => Promise<void>;

export interface FakeProviderOptions {
  webhookSecret: string;
  toleranceSeconds: number;
  /** Where confirmIntent() sends its webhook; the app passes its own webhook handler. */
  deliver?: WebhookDeliverer;
}

/** Payment methods the fake understands (like a real provider's test cards). */
export const FAKE_DECLINED_METHOD = 'pm_card_declined';

/**
 * A payment provider for development and tests: no network, no money. It creates
 * intents with client secrets and, on confirm, signs a webhook event with the shared
 * secret and delivers it in-process through the same verification as real traffic.
 */
export class FakePaymentProvider implements PaymentProvider {
  readonly name = 'fake';
  readonly refunds: { intentId: string; amountCents: number }[] = [];

  constructor(private readonly options: FakeProviderOptions) {}

  async createIntent(_input: CreateIntentInput): Promise<ProviderIntent> {
    const id = `pi_fake_${randomToken(12)}`;
    return { id, clientSecret: `${id}_secret_${randomToken(18)}` };
  }

  async confirmIntent(input: ConfirmIntentInput): Promise<void> {
    const event: PaymentEvent = {
      id: `evt_fake_${randomToken(12)}`,
      type: input.paymentMethod === FAKE_DECLINED_METHOD ? 'payment_intent.payment_failed' : 'payment_intent.succeeded',
      created: Math.floor(Date.now() / 1000),
      data: { intentId: input.intentId, amountCents: input.amountCents, currency: input.currency },
    };
    const { rawBody, headers } = this.signEvent(event);
    await this.options.deliver?.(rawBody, headers);
  }

  async refund(intentId: string, amountCents: number): Promise<void> {
    this.refunds.push({ intentId, amountCents });
  }

  parseWebhook(rawBody: Buffer, headers: WebhookHeaders, now: Date): PaymentEvent {
    const header = headers[SIGNATURE_HEADER];
    verifySignature({
      secret: this.options.webhookSecret,
      rawBody,
      header: Array.isArray(header) ? header[0] : header,
      toleranceSeconds: this.options.toleranceSeconds,
      now,
    });
    let json: unknown;
    try {
      json = JSON.parse(rawBody.toString('utf8'));
    } catch {
      throw new WebhookVerificationError('WEBHOOK_PAYLOAD_INVALID', 'Webhook body is not JSON');
    }
    const parsed = PaymentEventSchema.safeParse(json);
    if (!parsed.success) {
      throw new WebhookVerificationError('WEBHOOK_PAYLOAD_INVALID', 'Unexpected webhook event shape');
    }
    return parsed.data;
  }

  /** Signs an event the way this provider does (also handy in tests and scripts). */
  signEvent(event: PaymentEvent, timestamp = Math.floor(Date.now() / 1000)) {
    const rawBody = Buffer.from(JSON.stringify(event));
    const headers = { [SIGNATURE_HEADER]: signPayload(this.options.webhookSecret, rawBody, timestamp) };
    return { rawBody, headers };
  }
}
