import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import { AppError, NotFoundError } from '../errors.js';
import type { Logger } from '../lib/logger.js';

/** Unknown routes end here. */
export const notFound: RequestHandler = (req) => {
  throw new NotFoundError(`Route ${req.method} ${req.path}`);
};

/** The one place errors become responses: `{ error: { code, message, details? } }`. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    const { status, body } = toResponse(err);
    if (status >= 500) logger.error('Unhandled error', err);
    res.status(status).json({ error: body });
  };
}

function toResponse(err: unknown): { status: number; body: { code: string; message: string; details?: unknown } } {
  if (err instanceof AppError) {
    return { status: err.status, body: { code: err.code, message: err.message, details: err.details } };
  }
  if (err instanceof ZodError) {
    // A well-formed request whose body, query or path breaks the rules (malformed JSON is a 400).
    const details = err.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    return { status: 422, body: { code: 'VALIDATION_FAILED', message: 'The request is not valid', details } };
  }
  // Errors raised by express.json() carry a `type` and a client status.
  const type = (err as { type?: unknown } | null)?.type;
  if (type === 'entity.parse.failed') {
    return { status: 400, body: { code: 'INVALID_JSON', message: 'The request body is not valid JSON' } };
  }
  if (type === 'entity.too.large') {
    return { status: 413, body: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' } };
  }
  return { status: 500, body: { code: 'INTERNAL_ERROR', message: 'Something went wrong on our side' } };
}
