import { ConflictError, NotFoundError } from '../errors.js';
import { isUniqueViolation } from '../db/errors.js';
import { offsetOf, pageMeta, type Page } from '../lib/pagination.js';
import { escapeLike, now } from '../lib/sql.js';
import { toProduct, type Product, type ProductRow } from '../models/product.js';
import type { Database, SqlParam } from '../db/types.js';
import type {
  CreateProductInput,
  ProductListInput,
  UpdateProductInput,
} from '../schemas/products.js';

// User input picks one of these keys; it is never pasted into SQL itself.
const ORDER_BY: Record<ProductListInput['sort'], string> = {
  newest: 'created_at DESC, id DESC',
  price: 'price_cents ASC, id ASC',
  '-price': 'price_cents DESC, id DESC',
  name: 'name ASC, id ASC',
  '-name': 'name DESC, id DESC',
};

const COLUMN_OF: Record<keyof UpdateProductInput, string> = {
  sku: 'sku',
  name: 'name',
  description: 'description',
  category: 'category',
  priceCents: 'price_cents',
};

export class ProductService {
  constructor(
    private readonly db: Database,
    private readonly currency: string,
  ) {}

  /** Public catalogue: search, filters, sort and pagination. Archived products are hidden. */
  async list(query: ProductListInput): Promise<Page<Product>> {
    const where: string[] = ['archived_at IS NULL'];
    const params: SqlParam[] = [];
    if (query.q) {
      const pattern = `%${escapeLike(query.q.toLowerCase())}%`;
      where.push("(LOWER(name) LIKE ? ESCAPE '\\' OR LOWER(description) LIKE ? ESCAPE '\\')");
      params.push(pattern, pattern);
    }
    if (query.category) {
      where.push('category = ?');
      params.push(query.category);
    }
    if (query.minPrice !== undefined) {
      where.push('price_cents >= ?');
      params.push(query.minPrice);
    }
    if (query.maxPrice !== undefined) {
      where.push('price_cents <= ?');
      params.push(query.maxPrice);
    }
    if (query.inStock !== undefined) where.push(query.inStock ? 'stock > 0' : 'stock = 0');

    // Only fixed SQL fragments are joined here; every value is a bound parameter.
    const whereSql = where.join(' AND ');
    const count = await this.db.get<{ total: number }>(
      `SELECT CAST(COUNT(*) AS INTEGER) AS total FROM products WHERE ${whereSql}`,
      params,
    );
    const rows = await this.db.all<ProductRow>(
      `SELECT * FROM products WHERE ${whereSql} ORDER BY ${ORDER_BY[query.sort]} LIMIT ? OFFSET ?`,
      [...params, query.limit, offsetOf(query.page, query.limit)],
    );
    return {
      data: rows.map((row) => toProduct(row, this.currency)),
      meta: pageMeta(query.page, query.limit, count?.total ?? 0),
    };
  }

  async get(id: number): Promise<Product> {
    const row = await this.db.get<ProductRow>(
      'SELECT * FROM products WHERE id = ? AND archived_at IS NULL',
      [id],
    );
    if (!row) throw new NotFoundError('Product');
    return toProduct(row, this.currency);
  }

  async create(input: CreateProductInput): Promise<Product> {
    const at = now();
    const row = await this.db.get<ProductRow>(
      `INSERT INTO products (sku, name, description, category, price_cents, stock, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (sku) DO NOTHING
       RETURNING *`,
      [input.sku, input.name, input.description, input.category, input.priceCents, input.stock, at, at],
    );
    if (!row) throw skuTaken(input.sku);
    return toProduct(row, this.currency);
  }

  async update(id: number, input: UpdateProductInput): Promise<Product> {
    const keys = Object.keys(input) as (keyof UpdateProductInput)[];
    const sets = keys.map((key) => `${COLUMN_OF[key]} = ?`);
    const values = keys.map((key) => input[key] ?? null);
    try {
      const row = await this.db.get<ProductRow>(
        `UPDATE products SET ${sets.join(', ')}, updated_at = ?
         WHERE id = ? AND archived_at IS NULL RETURNING *`,
        [...values, now(), id],
      );
      if (!row) throw new NotFoundError('Product');
      return toProduct(row, this.currency);
    } catch (err) {
      if (isUniqueViolation(err)) throw skuTaken(String(input.sku));
      throw err;
    }
  }

  /** Soft delete: past orders still point at the product, so the row stays. */
  async archive(id: number): Promise<void> {
    const at = now();
    const { changes } = await this.db.run(
      'UPDATE products SET archived_at = ?, updated_at = ? WHERE id = ? AND archived_at IS NULL',
      [at, at, id],
    );
    if (changes === 0) throw new NotFoundError('Product');
  }

  /**
   * Adds `delta` (negative to remove) in one conditional UPDATE, so it can never
   * race with orders into a negative stock: the WHERE clause decides atomically.
   */
  async adjustStock(id: number, delta: number): Promise<Product> {
    const row = await this.db.get<ProductRow>(
      `UPDATE products SET stock = stock + ?, updated_at = ?
       WHERE id = ? AND archived_at IS NULL AND stock + ? >= 0
       RETURNING *`,
      [delta, now(), id, delta],
    );
    if (row) return toProduct(row, this.currency);
    const current = await this.get(id); // 404 if it does not exist
    throw new ConflictError('INSUFFICIENT_STOCK', `Stock is ${current.stock}; cannot remove ${-delta}`, {
      productId: id,
      available: current.stock,
    });
  }
}

function skuTaken(sku: string): ConflictError {
  return new ConflictError('SKU_TAKEN', `A product with SKU "${sku}" already exists`);
}
