import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { ConfigError } from '../src/errors.js';

describe('loadConfig', () => {
  it('refuses to run in production without JWT_SECRET', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', PAYMENT_WEBHOOK_SECRET: 'whsec_0123456789abcdef' })).toThrow(
      /JWT_SECRET is required/,
    );
  });

  it('refuses to run in production without PAYMENT_WEBHOOK_SECRET', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).toThrow(ConfigError);
  });

  it('rejects a JWT_SECRET that is too short', () => {
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/at least 32 characters/);
  });

  it('uses announced development defaults outside production', () => {
    const config = loadConfig({ NODE_ENV: 'development' });
    expect(config.jwtSecret).toMatch(/^dev-only/);
    expect(config.warnings.join('\n')).toMatch(/JWT_SECRET is not set/);
    expect(config.jwtExpiresInSeconds).toBe(900);
  });
});
