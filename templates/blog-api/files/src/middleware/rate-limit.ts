import { rateLimit } from 'express-rate-limit';
import type { AppConfig } from '../config.js';

/**
 * Limits attempts per client IP on /api/auth (password guessing, sign-up spam).
 * Counts live in memory, per process: with several instances behind a load
 * balancer, plug in a shared store (e.g. rate-limit-redis).
 */
export function authRateLimiter(options: AppConfig['authRateLimit']) {
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: 'draft-8', // RateLimit / RateLimit-Policy headers
    legacyHeaders: false,
    handler: (_req, res, _next, opts) => {
      res.status(opts.statusCode).json({
        error: { code: 'RATE_LIMITED', message: 'Too many requests, please try again later' },
      });
    },
  });
}
