import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError, NotFoundError } from '../errors.js';
import type { Logger } from '../lib/logger.js';

/** Unknown routes -> 404 in the usual error shape. */
export const notFound: RequestHandler = (req) => {
  throw new NotFoundError(`Route ${req.method} ${req.path}`);
};

/** Errors thrown by Express itself / body-parser carry `type` and `status`. */
interface HttpLikeError {
  type?: string;
  status?: number;
  statusCode?: number;
  expose?: boolean;
  message?: string;
}

/**
 * The one place that turns errors into HTTP responses:
 * `{ error: { code, message, details? } }` with the right status code.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    if (err instanceof AppError) {
      res.status(err.status).json({
        error: {
          code: err.code,
          message: err.message,
          ...(err.details !== undefined && { details: err.details }),
        },
      });
      return;
    }

    const httpErr = (typeof err === 'object' && err !== null ? err : {}) as HttpLikeError;
    if (httpErr.type === 'entity.parse.failed') {
      res
        .status(400)
        .json({ error: { code: 'INVALID_JSON', message: 'Request body is not valid JSON' } });
      return;
    }
    const status = httpErr.status ?? httpErr.statusCode;
    if (status && status >= 400 && status < 500) {
      res.status(status).json({
        error: {
          code: httpErr.type ? httpErr.type.toUpperCase().replace(/[^A-Z]+/g, '_') : 'BAD_REQUEST',
          message: httpErr.expose && httpErr.message ? httpErr.message : 'Bad request',
        },
      });
      return;
    }

    // Anything else is a bug: log it, but never send internals to the client.
    logger.error(`${req.method} ${req.originalUrl} failed`, err);
    res.status(500).json({ error: { code: 'INTERNAL_ERROR', message: 'Something went wrong' } });
  };
}
