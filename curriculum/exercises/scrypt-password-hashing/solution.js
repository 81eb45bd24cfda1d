// Week 9 — hashing passwords with scrypt (node:crypto).
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt);
const SALT_BYTES = 16;
const KEY_BYTES = 64;

/**
 * Hash a password for storage.
 * @param {string} password
 * @param {{ N?: number }} [options] scrypt cost (a power of two)
 * @returns {Promise<string>} `scrypt$<N>$<salt base64url>$<hash base64url>`
 */
export async function hashPassword(password, { N = 16384 } = {}) {
  // A fresh salt per password: equal passwords get different hashes,
  // and precomputed tables are useless.
  const salt = randomBytes(SALT_BYTES);
  const key = await scryptAsync(password, salt, KEY_BYTES, { N, r: 8, p: 1 });
  // Storing N with the hash lets us raise the cost later without breaking old hashes.
  return ['scrypt', N, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/**
 * Check a password against a stored hash.
 * @param {string} password
 * @param {string} stored a string produced by hashPassword
 * @returns {Promise<boolean>}
 */
export async function verifyPassword(password, stored) {
  const parts = typeof stored === 'string' ? stored.split('$') : [];
  if (parts.length !== 4 || parts[0] !== 'scrypt') return false;
  const [, cost, saltText, hashText] = parts;
  const N = Number(cost);
  if (!Number.isInteger(N) || N < 2) return false;

  // A shorter stored hash would be easier to collide with: insist on the full 64 bytes.
  // (timingSafeEqual also throws on buffers of different lengths.)
  const expected = Buffer.from(hashText, 'base64url');
  if (expected.length !== KEY_BYTES) return false;
  try {
    const actual = await scryptAsync(password, Buffer.from(saltText, 'base64url'), KEY_BYTES, { N, r: 8, p: 1 });
    // Constant-time: the comparison takes as long whether 0 or 63 bytes match.
    return timingSafeEqual(actual, expected);
  } catch {
    // e.g. N not a power of two: a stored value we did not produce
    return false;
  }
}
