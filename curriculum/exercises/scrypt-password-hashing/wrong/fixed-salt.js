// Wrong: one salt for every password, so equal passwords get equal hashes and a single
// precomputed table cracks the whole database.
import { scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt);
const SALT = Buffer.from('backend-roadmap!');

export async function hashPassword(password, { N = 16384 } = {}) {
  const key = await scryptAsync(password, SALT, 64, { N, r: 8, p: 1 });
  return ['scrypt', N, SALT.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password, stored) {
  const parts = typeof stored === 'string' ? stored.split('$') : [];
  if (parts.length !== 4 || parts[0] !== 'scrypt') return false;
  const [, cost, saltText, hashText] = parts;
  const N = Number(cost);
  const expected = Buffer.from(hashText, 'base64url');
  if (!Number.isInteger(N) || N < 2 || expected.length !== 64) return false;
  try {
    const actual = await scryptAsync(password, Buffer.from(saltText, 'base64url'), 64, { N, r: 8, p: 1 });
    return timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}
