import type { RequestHandler } from 'express';
import { AppError } from '../errors.js';

/**
 * A route you have not built yet: answers 501 in the usual error shape, naming the review stage it
 * belongs to, so `backend-roadmap review` (and you, with curl) see what is missing. Replace each
 * `todo(...)` with the real handler, then run `backend-roadmap review --stage <n>`.
 */
export function todo(stage: string, what: string): RequestHandler {
  return () => {
    throw new AppError(501, 'NOT_IMPLEMENTED', `TODO (stage ${stage}): ${what}`);
  };
}
