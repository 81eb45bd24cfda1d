import { ConfigError } from './errors.js';
import type { LogLevel } from './lib/logger.js';

export interface RateLimitConfig {
  /** Bucket size: how many messages may arrive in a burst. */
  burst: number;
  /** Tokens added back per second (the sustained message rate). */
  perSecond: number;
  /** Rejected messages tolerated within `violationWindowMs` before the socket is closed (1008). */
  maxViolations: number;
  violationWindowMs: number;
}

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  jwtSecret: string;
  /** True when jwtSecret is the built-in development default. */
  usingDevSecret: boolean;
  tokenTtlSeconds: number;
  databasePath: string;
  logLevel: LogLevel;
  historyLimit: number;
  maxMessageBytes: number;
  maxRoomsPerConnection: number;
  rateLimit: RateLimitConfig;
  heartbeatIntervalMs: number;
}

/** Publicly known, so only ever used outside production (and announced in a log line). */
export const DEV_JWT_SECRET = 'dev-only-insecure-jwt-secret-do-not-use-in-production';
const MIN_SECRET_LENGTH = 32;
const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

/** Reads and checks the environment. Throws ConfigError with a message meant for people. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');

  const secret = env.JWT_SECRET?.trim() ?? '';
  if (nodeEnv === 'production' && secret === '') {
    throw new ConfigError(
      'JWT_SECRET is required when NODE_ENV=production. Set it to a random string of at least ' +
        `${MIN_SECRET_LENGTH} characters, e.g. the output of: ` +
        `node -e "console.log(require('node:crypto').randomBytes(48).toString('base64url'))"`,
    );
  }
  if (secret !== '' && secret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError(`JWT_SECRET must be at least ${MIN_SECRET_LENGTH} characters long.`);
  }

  return {
    nodeEnv,
    host: env.HOST?.trim() || '127.0.0.1',
    port: int(env, 'PORT', 3000, 0, 65_535),
    jwtSecret: secret || DEV_JWT_SECRET,
    usingDevSecret: secret === '',
    tokenTtlSeconds: int(env, 'TOKEN_TTL_SECONDS', 900, 10, 86_400),
    databasePath: env.DATABASE_PATH?.trim() || './data/chat.db',
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    historyLimit: int(env, 'HISTORY_LIMIT', 50, 0, 500),
    maxMessageBytes: int(env, 'MAX_MESSAGE_BYTES', 16_384, 1_024, 1_048_576),
    maxRoomsPerConnection: int(env, 'MAX_ROOMS_PER_CONNECTION', 20, 1, 1_000),
    rateLimit: {
      burst: int(env, 'RATE_LIMIT_BURST', 10, 1, 10_000),
      perSecond: int(env, 'RATE_LIMIT_PER_SECOND', 5, 1, 10_000),
      maxViolations: int(env, 'RATE_LIMIT_MAX_VIOLATIONS', 20, 1, 10_000),
      violationWindowMs: 10_000,
    },
    heartbeatIntervalMs: int(env, 'HEARTBEAT_INTERVAL_MS', 30_000, 10, 3_600_000),
  };
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
  }
  return value;
}

function oneOf<const T extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')} (got "${raw}").`);
  }
  return raw as T;
}
