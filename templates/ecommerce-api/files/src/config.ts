import { existsSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from './errors.js';
import type { DatabaseConfig } from './db/types.js';

// Development defaults: clearly fake, used only outside production, and announced in a log line.
const DEV_JWT_SECRET = 'dev-only-jwt-secret-do-not-use-in-production-0123456789';
const DEV_WEBHOOK_SECRET = 'whsec_dev_only_do_not_use_in_production';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  logLevel: LogLevel;
  jwtSecret: string;
  /** Access tokens are short-lived: 15 minutes by default. */
  jwtExpiresInSeconds: number;
  bcryptCost: number;
  /** ISO 4217 code, lower case; every price in the shop is in this currency. */
  currency: string;
  webhookSecret: string;
  /** How old (or how far in the future) a signed webhook timestamp may be. */
  webhookToleranceSeconds: number;
  database: DatabaseConfig;
  /** Lines to log at start-up (for example: "using the development JWT secret"). */
  warnings: string[];
}

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).optional(),
  JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters').optional(),
  JWT_EXPIRES_IN_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
  BCRYPT_COST: z.coerce.number().int().min(4).max(15).default(12),
  CURRENCY: z.string().regex(/^[a-z]{3}$/, 'CURRENCY must be a 3-letter lower-case code').default('usd'),
  PAYMENT_WEBHOOK_SECRET: z.string().min(16, 'PAYMENT_WEBHOOK_SECRET must be at least 16 characters').optional(),
  WEBHOOK_TOLERANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(300),
  SQLITE_FILE: z.string().min(1).default('./data/shop.db'),
  DATABASE_URL: z.string().min(1).optional(),
});

/** Loads ./.env into process.env when the file exists; variables already set win. */
export function loadDotEnv(file = '.env'): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

/** Reads settings from `env` (process.env by default). Throws ConfigError with a readable message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // `JWT_SECRET=` (as copied from .env.example) means "not set".
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = EnvSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const warnings: string[] = [];

  if (production && !e.JWT_SECRET) {
    throw new ConfigError(
      'JWT_SECRET is required when NODE_ENV=production. Generate one with:\n' +
        "  node -e \"console.log(require('node:crypto').randomBytes(48).toString('base64url'))\"",
    );
  }
  if (production && !e.PAYMENT_WEBHOOK_SECRET) {
    throw new ConfigError(
      'PAYMENT_WEBHOOK_SECRET is required when NODE_ENV=production (the secret your payment provider signs webhooks with).',
    );
  }
  if (!e.JWT_SECRET) warnings.push('JWT_SECRET is not set: using the development default (never do this in production).');
  if (!e.PAYMENT_WEBHOOK_SECRET) warnings.push('PAYMENT_WEBHOOK_SECRET is not set: using the development default.');

  return {
    env: e.NODE_ENV,
    port: e.PORT,
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'silent' : 'info'),
    jwtSecret: e.JWT_SECRET ?? DEV_JWT_SECRET,
    jwtExpiresInSeconds: e.JWT_EXPIRES_IN_SECONDS,
    bcryptCost: e.BCRYPT_COST,
    currency: e.CURRENCY,
    webhookSecret: e.PAYMENT_WEBHOOK_SECRET ?? DEV_WEBHOOK_SECRET,
    webhookToleranceSeconds: e.WEBHOOK_TOLERANCE_SECONDS,
    database: { sqliteFile: e.SQLITE_FILE, databaseUrl: e.DATABASE_URL },
    warnings,
  };
}
