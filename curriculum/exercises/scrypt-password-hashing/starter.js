// Week 9 — hashing passwords with scrypt (node:crypto).
// Only Node built-ins are available: no bcrypt package needed.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt);

/**
 * Hash a password for storage.
 * @param {string} password
 * @param {{ N?: number }} [options] scrypt cost (a power of two); tests use a small one to run fast
 * @returns {Promise<string>} `scrypt$<N>$<salt base64url>$<hash base64url>`
 */
export async function hashPassword(password, { N = 16384 } = {}) {
  // 1. a random 16-byte salt, 2. a 64-byte scrypt key, 3. the encoded string
  throw new Error('Not implemented yet: hashPassword');
}

/**
 * Check a password against a stored hash.
 * @param {string} password
 * @param {string} stored a string produced by hashPassword
 * @returns {Promise<boolean>} true only when the password matches; false for anything malformed
 */
export async function verifyPassword(password, stored) {
  // split, re-derive with the stored N and salt, compare with timingSafeEqual
  throw new Error('Not implemented yet: verifyPassword');
}
