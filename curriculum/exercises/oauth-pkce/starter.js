// Week 9 — OAuth 2.0 authorization code flow with PKCE, the client's side.
import { createHash, randomBytes } from 'node:crypto';

/** @returns {string} a code_verifier: 43–128 unreserved characters, 32+ random bytes */
export function createCodeVerifier() {
  throw new Error('Not implemented yet: createCodeVerifier');
}

/** @param {string} verifier @returns {string} BASE64URL(SHA-256(verifier)), no padding */
export function codeChallenge(verifier) {
  throw new Error('Not implemented yet: codeChallenge');
}

/**
 * @param {{ authorizeEndpoint: string, clientId: string, redirectUri: string, scope?: string, ttlMs?: number, now?: () => number }} options
 */
export function createOAuthClient({ authorizeEndpoint, clientId, redirectUri, scope = 'openid email', ttlMs = 10 * 60 * 1000, now = () => Date.now() }) {
  // Suggested state: state → { verifier, startedAt }

  return {
    /** @returns {{ url: string, state: string }} */
    start() {
      throw new Error('Not implemented yet: start');
    },

    /**
     * @param {string} callbackUrl
     * @returns {{ ok: true, tokenRequest: string } | { ok: false, reason: 'state-mismatch' | 'expired' | 'denied' | 'missing-code' }}
     */
    callback(callbackUrl) {
      throw new Error('Not implemented yet: callback');
    },
  };
}
