// Wrong: now > exp instead of >=: the token is still accepted during the very second it
// expires (off by one at the boundary).
import { createHmac, timingSafeEqual } from 'node:crypto';

const HEADER = { alg: 'HS256', typ: 'JWT' };
const encode = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
const hmac = (secret, data) => createHmac('sha256', secret).update(data).digest();

function decode(part, what) {
  try {
    const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error();
    return value;
  } catch {
    throw new Error(`invalid token: ${what} is not a JSON object`);
  }
}

export function signJwt(payload, secret, { expiresInSeconds, now = () => Date.now() } = {}) {
  const iat = Math.floor(now() / 1000);
  const claims = { ...payload, iat };
  if (expiresInSeconds !== undefined) claims.exp = iat + expiresInSeconds;
  const unsigned = `${encode(HEADER)}.${encode(claims)}`;
  return `${unsigned}.${hmac(secret, unsigned).toString('base64url')}`;
}

export function verifyJwt(token, secret, { now = () => Date.now() } = {}) {
  const parts = typeof token === 'string' ? token.split('.') : [];
  if (parts.length !== 3) throw new Error('invalid token: expected header.payload.signature');
  const [header, payload, signature] = parts;
  if (decode(header, 'header').alg !== 'HS256') throw new Error('invalid token: algorithm must be HS256');
  const expected = hmac(secret, `${header}.${payload}`);
  const actual = Buffer.from(signature, 'base64url');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) throw new Error('invalid token: bad signature');
  const claims = decode(payload, 'payload');
  if (typeof claims.exp === 'number' && Math.floor(now() / 1000) > claims.exp) throw new Error('invalid token: expired');
  return claims;
}
