// WRONG: the URL is built by string concatenation: redirect_uri and scope are not encoded
import { createHash, randomBytes } from 'node:crypto';

export function createCodeVerifier() {
  return randomBytes(32).toString('base64url');
}

export function codeChallenge(verifier) {
  return createHash('sha256').update(verifier).digest('base64url');
}

export function createOAuthClient({ authorizeEndpoint, clientId, redirectUri, scope = 'openid email', ttlMs = 10 * 60 * 1000, now = () => Date.now() }) {
  /** @type {Map<string, { verifier: string, startedAt: number }>} */
  const pending = new Map();

  return {
    start() {
      const verifier = createCodeVerifier();
      const state = randomBytes(16).toString('base64url');
      pending.set(state, { verifier, startedAt: now() });
      const url = `${authorizeEndpoint}?response_type=code&client_id=${clientId}&redirect_uri=${redirectUri}&scope=${scope}&state=${state}&code_challenge=${codeChallenge(verifier)}&code_challenge_method=S256`;
      return { url, state };
    },

    callback(callbackUrl) {
      const params = new URL(callbackUrl).searchParams;
      const state = params.get('state');
      const login = state === null ? undefined : pending.get(state);
      if (!login) return { ok: false, reason: 'state-mismatch' };
      pending.delete(state); // single use, whatever happens next
      if (now() >= login.startedAt + ttlMs) return { ok: false, reason: 'expired' };
      if (params.has('error')) return { ok: false, reason: 'denied' };
      const code = params.get('code');
      if (!code) return { ok: false, reason: 'missing-code' };
      const tokenRequest = new URLSearchParams({
        grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: clientId, code_verifier: login.verifier,
      }).toString();
      return { ok: true, tokenRequest };
    },
  };
}
