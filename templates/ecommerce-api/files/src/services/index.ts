import { FakePaymentProvider } from '../payments/fake-provider.js';
// @starter-drop
import { CartService } from './cart.service.js';
import { IdempotencyService } from './idempotency.service.js';
import { OrderService } from './orders.service.js';
import { PaymentService } from './payments.service.js';
// @starter-end
import { ProductService } from './products.service.js';
import { TokenService } from './tokens.service.js';
import { UserService } from './users.service.js';
// @starter-drop
import { WebhookService } from './webhooks.service.js';
// @starter-end
import type { Config } from '../config.js';
import type { Database } from '../db/types.js';
import type { Logger } from '../lib/logger.js';
import type { PaymentProvider } from '../payments/provider.js';

export interface Services {
  users: UserService;
  tokens: TokenService;
  products: ProductService;
  // @starter-replace: (stage cart) add each service here as you build it: cart, orders, payments, webhooks, idempotency
  cart: CartService;
  orders: OrderService;
  payments: PaymentService;
  webhooks: WebhookService;
  idempotency: IdempotencyService;
  // @starter-end
  paymentProvider: PaymentProvider;
}

export interface ServiceDeps {
  db: Database;
  config: Config;
  logger: Logger;
  /** Defaults to the fake provider, which delivers its webhooks to this app. */
  paymentProvider?: PaymentProvider;
}

/** Wires every service once; routes receive this object. */
// @starter-replace: (stage cart) construct your services here; the fake provider delivers its webhooks to your WebhookService
export function createServices({ db, config, logger, paymentProvider }: ServiceDeps): Services {
  // The fake provider needs the webhook service (to deliver events) and the webhook
  // service needs the provider (to verify them): the arrow below breaks the cycle.
  let webhooks: WebhookService | undefined;
  const provider =
    paymentProvider ??
    new FakePaymentProvider({
      webhookSecret: config.webhookSecret,
      toleranceSeconds: config.webhookToleranceSeconds,
      deliver: async (rawBody, headers) => {
        await webhooks?.receive(rawBody, headers);
      },
    });

  const payments = new PaymentService(db, provider, logger);
  webhooks = new WebhookService(db, provider, payments, logger);
  return {
    users: new UserService(db, config.bcryptCost),
    tokens: new TokenService(config.jwtSecret, config.jwtExpiresInSeconds),
    products: new ProductService(db, config.currency),
    cart: new CartService(db, config.currency),
    orders: new OrderService(db, payments, config.currency),
    payments,
    webhooks,
    idempotency: new IdempotencyService(db),
    paymentProvider: provider,
  };
}
// @starter-else
// export function createServices({ db, config, paymentProvider }: ServiceDeps): Services {
//   const provider =
//     paymentProvider ??
//     new FakePaymentProvider({
//       webhookSecret: config.webhookSecret,
//       toleranceSeconds: config.webhookToleranceSeconds,
//       deliver: async () => {}, // TODO (stage webhooks) hand the event to your WebhookService
//     });
//   return {
//     users: new UserService(db, config.bcryptCost),
//     tokens: new TokenService(config.jwtSecret, config.jwtExpiresInSeconds),
//     products: new ProductService(db, config.currency),
//     paymentProvider: provider,
//   };
// }
// @starter-end
