import { describe, expect, it } from 'vitest';
import { DEV_JWT_SECRET, loadConfig } from '../src/config.js';
import { ConfigError } from '../src/errors.js';

const SECRET = 'a-production-secret-that-is-long-enough-123';

describe('loadConfig', () => {
  it('uses development defaults, including the announced dev secret', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ nodeEnv: 'development', port: 3000, historyLimit: 50, usingDevSecret: true });
    expect(config.jwtSecret).toBe(DEV_JWT_SECRET);
  });

  it('refuses to start in production without JWT_SECRET', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: '  ' })).toThrow(/JWT_SECRET is required/);
  });

  it('refuses a short secret', () => {
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/at least 32 characters/);
  });

  it('accepts a production configuration', () => {
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, PORT: '8080', RATE_LIMIT_BURST: '4' });
    expect(config).toMatchObject({ port: 8080, jwtSecret: SECRET, usingDevSecret: false, rateLimit: { burst: 4 } });
  });

  it('explains bad numbers and enums', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow('PORT must be a whole number from 0 to 65535 (got "eighty").');
    expect(() => loadConfig({ NODE_ENV: 'staging' })).toThrow(/NODE_ENV must be one of development, production, test/);
  });
});
