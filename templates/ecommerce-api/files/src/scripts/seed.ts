/**
 * Fills a development database: one admin and a few products.
 *   npm run seed            (uses SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD if set)
 * Safe to run twice: existing rows are left alone.
 */
import { loadConfig, loadDotEnv } from '../config.js';
import { openDatabase } from '../db/index.js';
import { migrate } from '../db/migrate.js';
import { ConflictError } from '../errors.js';
import { ProductService } from '../services/products.service.js';
import { UserService } from '../services/users.service.js';

loadDotEnv();
const config = loadConfig();
if (config.env === 'production' && !process.env.SEED_ADMIN_PASSWORD) {
  console.error('Set SEED_ADMIN_PASSWORD to seed a production database.');
  process.exit(1);
}
const db = openDatabase(config.database);
await migrate(db);

const email = process.env.SEED_ADMIN_EMAIL || 'admin@example.com';
const password = process.env.SEED_ADMIN_PASSWORD || 'admin-password-change-me';
const users = new UserService(db, config.bcryptCost);
try {
  await users.create({ email, password, name: 'Shop Admin' }, 'admin');
  console.log(`Admin created: ${email}`);
} catch (err) {
  if (!(err instanceof ConflictError)) throw err;
  console.log(`Admin ${email} already exists`);
}

const products = new ProductService(db, config.currency);
const samples = [
  { sku: 'MUG-001', name: 'Ceramic Mug', description: 'Holds 350 ml of coffee.', category: 'kitchen', priceCents: 1299, stock: 40 },
  { sku: 'TEE-001', name: 'Backend Dev T-Shirt', description: 'Cotton, says "It works on my machine".', category: 'apparel', priceCents: 2499, stock: 25 },
  { sku: 'KEY-001', name: 'Mechanical Keyboard', description: 'Tactile switches, USB-C.', category: 'electronics', priceCents: 8999, stock: 5 },
  { sku: 'STK-001', name: 'Sticker Pack', description: 'Ten vinyl stickers.', category: 'accessories', priceCents: 499, stock: 0 },
];
for (const sample of samples) {
  try {
    await products.create(sample);
    console.log(`Product created: ${sample.sku}`);
  } catch (err) {
    if (!(err instanceof ConflictError)) throw err;
  }
}
await db.close();
