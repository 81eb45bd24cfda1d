import type { RequestHandler } from 'express';

/**
 * A route you have not built yet: answers 501 in the usual error shape, naming the review stage it
 * belongs to, so `backend-roadmap review` (and you, with curl) see what is missing. Replace each
 * `todo(...)` with the real handler, then run `backend-roadmap review --stage <n>`.
 */
export function todo(stage: string, what: string): RequestHandler {
  return (_req, res) => {
    // Answered here rather than thrown: a missing feature is not an error to log.
    res.status(501).json({ error: { code: 'NOT_IMPLEMENTED', message: `TODO (stage ${stage}): ${what}` } });
  };
}
