import { z } from 'zod';
import { PaginationQuery } from './common.js';

export const ORDER_STATUSES = ['pending_payment', 'paid', 'shipped', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ShippingAddress = z.object({
  name: z.string().trim().min(1).max(100),
  line1: z.string().trim().min(1).max(200),
  line2: z.string().trim().max(200).optional(),
  city: z.string().trim().min(1).max(100),
  postalCode: z.string().trim().min(1).max(20),
  country: z.string().trim().regex(/^[A-Z]{2}$/, 'Use a 2-letter ISO country code, e.g. "DE"'),
});
export type ShippingAddressInput = z.infer<typeof ShippingAddress>;

/** The items come from the cart; the body only says where to ship. */
export const CreateOrderBody = z.object({ shippingAddress: ShippingAddress });

export const OrderListQuery = PaginationQuery.extend({
  status: z.enum(ORDER_STATUSES).optional(),
});
