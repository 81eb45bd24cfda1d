import { createRequire } from 'node:module';

/**
 * node:crypto, loaded on first use. An ESM import of it costs start-up time in every command that
 * loads the module holding it (its export list wakes lazy getters that load Web Crypto), and
 * reading commands (`status`, `progress`) never need it.
 */
export function nodeCrypto(): typeof import('node:crypto') {
  return createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
}

/** A random UUID for a stored row or a temp file. */
export const randomUUID = (): string => nodeCrypto().randomUUID();
