import { z } from 'zod';

export const CreatePaymentIntentBody = z.object({ orderId: z.number().int().positive() });

export const ConfirmPaymentIntentBody = z.object({
  clientSecret: z.string().min(1).max(200),
  /**
   * With the fake provider: "pm_card_visa" succeeds, "pm_card_declined" fails.
   * A real provider confirms in the browser with its own SDK instead.
   */
  paymentMethod: z.string().min(1).max(100).default('pm_card_visa'),
});

/** The normalized event every provider's webhook is turned into. */
export const PaymentEventSchema = z.object({
  id: z.string().min(1).max(200),
  type: z.enum(['payment_intent.succeeded', 'payment_intent.payment_failed']),
  created: z.number().int(),
  data: z.object({
    intentId: z.string().min(1).max(200),
    amountCents: z.number().int().min(0),
    currency: z.string().length(3),
  }),
});
export type PaymentEvent = z.infer<typeof PaymentEventSchema>;
