import { toIso } from '../lib/sql.js';

export interface ProductRow {
  id: number;
  sku: string;
  name: string;
  description: string;
  category: string;
  price_cents: number;
  stock: number;
  archived_at: string | Date | null;
  created_at: string | Date;
  updated_at: string | Date;
}

export interface Product {
  id: number;
  sku: string;
  name: string;
  description: string;
  category: string;
  priceCents: number;
  currency: string;
  stock: number;
  inStock: boolean;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

export function toProduct(row: ProductRow, currency: string): Product {
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    description: row.description,
    category: row.category,
    priceCents: row.price_cents,
    currency,
    stock: row.stock,
    inStock: row.stock > 0,
    archived: row.archived_at !== null,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}
