import { fromJson, toIso } from '../lib/sql.js';
import type { OrderStatus, ShippingAddressInput } from '../schemas/orders.js';

export interface OrderRow {
  id: number;
  user_id: number;
  status: OrderStatus;
  total_cents: number;
  currency: string;
  shipping_address: unknown;
  created_at: string | Date;
  updated_at: string | Date;
  paid_at: string | Date | null;
  shipped_at: string | Date | null;
  cancelled_at: string | Date | null;
}

export interface OrderItemRow {
  order_id: number;
  product_id: number;
  product_name: string;
  unit_price_cents: number;
  quantity: number;
}

export interface OrderItem {
  productId: number;
  name: string;
  unitPriceCents: number;
  quantity: number;
  lineTotalCents: number;
}

export interface Order {
  id: number;
  userId: number;
  status: OrderStatus;
  totalCents: number;
  currency: string;
  shippingAddress: ShippingAddressInput;
  items: OrderItem[];
  createdAt: string;
  updatedAt: string;
  paidAt: string | null;
  shippedAt: string | null;
  cancelledAt: string | null;
}

export function toOrder(row: OrderRow, items: OrderItemRow[]): Order {
  return {
    id: row.id,
    userId: row.user_id,
    status: row.status,
    totalCents: row.total_cents,
    currency: row.currency,
    shippingAddress: fromJson<ShippingAddressInput>(row.shipping_address),
    items: items.map((item) => ({
      productId: item.product_id,
      name: item.product_name,
      unitPriceCents: item.unit_price_cents,
      quantity: item.quantity,
      lineTotalCents: item.unit_price_cents * item.quantity,
    })),
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
    paidAt: toIso(row.paid_at),
    shippedAt: toIso(row.shipped_at),
    cancelledAt: toIso(row.cancelled_at),
  };
}
