// Wrong: compares the hashes as strings with ===, whose running time depends on how many
// leading characters match (a timing side channel).
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
  const [, cost, saltText, hashText] = parts;
  const N = Number(cost);
  if (!Number.isInteger(N) || N < 2 || Buffer.from(hashText, 'base64url').length !== 64) return false;
  try {
    const actual = await scryptAsync(password, Buffer.from(saltText, 'base64url'), 64, { N, r: 8, p: 1 });
    return actual.toString('base64url') === hashText;
  } catch {
    return false;
  }
}
