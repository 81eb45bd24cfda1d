// Week 9 — JSON Web Tokens (HS256) with nothing but node:crypto.
import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Create a signed token.
 * @param {object} payload claims, e.g. { sub: '42', role: 'admin' } (do not modify it)
 * @param {string} secret the server's HMAC key
 * @param {{ expiresInSeconds?: number, now?: () => number }} [options] now() returns milliseconds
 * @returns {string} `base64url(header).base64url(payload).base64url(signature)`
 */
export function signJwt(payload, secret, { expiresInSeconds, now = () => Date.now() } = {}) {
  // header {"alg":"HS256","typ":"JWT"}, payload + iat (+ exp), HMAC-SHA256 signature
  throw new Error('Not implemented yet: signJwt');
}

/**
 * Verify a token and return its payload.
 * @param {string} token
 * @param {string} secret
 * @param {{ now?: () => number }} [options]
 * @returns {object} the payload
 * @throws {Error} malformed token, alg other than HS256, bad signature, or expired
 */
export function verifyJwt(token, secret, { now = () => Date.now() } = {}) {
  throw new Error('Not implemented yet: verifyJwt');
}
