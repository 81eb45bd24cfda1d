import { z } from 'zod';

/** Used only outside production, so `npm run dev` works before you create a .env file. */
export const DEV_JWT_SECRET = 'dev-only-insecure-jwt-secret-change-me-0123456789';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .default(15 * 60),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().positive().default(14),
  BCRYPT_ROUNDS: z.coerce.number().int().min(4).max(15).default(12),
  AUTH_RATE_LIMIT_WINDOW_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(15 * 60 * 1000),
  AUTH_RATE_LIMIT_MAX: z.coerce.number().int().positive().default(20),
  TRUST_PROXY: z.coerce.number().int().min(0).default(0),
  DATABASE_URL: z.string().optional(),
  SQLITE_FILE: z.string().default('data/blog.db'),
});

export interface AppConfig {
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  jwt: {
    secret: string;
    /** true when the built-in development secret is in use */
    usingDevSecret: boolean;
    issuer: string;
    audience: string;
    accessTokenTtlSeconds: number;
  };
  refreshTokenTtlDays: number;
  bcryptRounds: number;
  authRateLimit: { windowMs: number; limit: number };
  /** Express "trust proxy" hop count: set it to 1 behind one reverse proxy. */
  trustProxy: number;
  databaseUrl: string | undefined;
  sqliteFile: string;
}

/** Reads and validates settings from environment variables (process.env by default). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // `JWT_SECRET=` (empty, as in .env.example) means "not set", not "an empty secret".
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.JWT_SECRET) {
    throw new ConfigError(
      'JWT_SECRET is required when NODE_ENV=production. Generate one with ' +
        `node -e "console.log(require('node:crypto').randomBytes(48).toString('base64url'))"` +
        ' and put it in the environment (never commit it).',
    );
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    jwt: {
      secret: e.JWT_SECRET ?? DEV_JWT_SECRET,
      usingDevSecret: !e.JWT_SECRET,
      issuer: 'blog-api',
      audience: 'blog-api-clients',
      accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    },
    refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    bcryptRounds: e.BCRYPT_ROUNDS,
    authRateLimit: { windowMs: e.AUTH_RATE_LIMIT_WINDOW_MS, limit: e.AUTH_RATE_LIMIT_MAX },
    trustProxy: e.TRUST_PROXY,
    databaseUrl: e.DATABASE_URL,
    sqliteFile: e.SQLITE_FILE,
  };
}
