// Wrong: re-derives with the default cost instead of the N stored in the string, so every
// hash made with another cost (older, or raised later) never verifies; and a truncated stored
// hash is compared on its remaining bytes only.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt);

export async function hashPassword(password, { N = 16384 } = {}) {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, 64, { N, r: 8, p: 1 });
  return ['scrypt', N, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password, stored) {
  const parts = typeof stored === 'string' ? stored.split('$') : [];
  if (parts.length !== 4 || parts[0] !== 'scrypt') return false;
  const [, , saltText, hashText] = parts;
  const expected = Buffer.from(hashText, 'base64url');
  if (expected.length === 0) return false;
  try {
    const actual = await scryptAsync(password, Buffer.from(saltText, 'base64url'), 64, { N: 16384, r: 8, p: 1 });
    return timingSafeEqual(actual.subarray(0, expected.length), expected);
  } catch {
    return false;
  }
}
