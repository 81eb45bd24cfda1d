import type { RequestHandler } from 'express';
import { BadRequestError } from '../errors.js';
import { canonicalJson, sha256Hex } from '../lib/crypto.js';
import type { Logger } from '../lib/logger.js';
import type { IdempotencyService, KeyRef } from '../services/idempotency.service.js';
import { currentUser } from './auth.js';

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/; // visible ASCII, like a UUID

/**
 * Honours an optional `Idempotency-Key` header (behind requireAuth). The first
 * response for a key is stored before it is sent; a retry with the same key and
 * body gets that response again (with `Idempotent-Replayed: true`).
 */
export function idempotent(service: IdempotencyService, scope: string, logger: Logger): RequestHandler {
  return async (req, res, next) => {
    const key = req.get('idempotency-key');
    if (key === undefined) return next();
    if (!KEY_PATTERN.test(key)) {
      throw new BadRequestError('INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key must be 1-255 visible ASCII characters');
    }
    const ref: KeyRef = { userId: currentUser(req).id, scope, key };
    const requestHash = sha256Hex(canonicalJson({ path: req.originalUrl, body: req.body ?? null }));

    const begun = await service.begin(ref, requestHash);
    if (begun.kind === 'replay') {
      res.set('Idempotent-Replayed', 'true').status(begun.statusCode).json(begun.body);
      return;
    }

    // Capture whatever JSON this request ends with (success or error) and store it
    // before it goes out, so a retry that arrives right after sees it.
    const send = res.json.bind(res);
    res.json = (body: unknown) => {
      const status = res.statusCode;
      const saved = status >= 500 ? service.release(ref) : service.complete(ref, status, body);
      saved
        .catch((err: unknown) => logger.error('Could not store the idempotent response', err))
        .finally(() => send(body));
      return res;
    };
    next();
  };
}
