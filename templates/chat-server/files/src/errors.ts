/**
 * Errors the HTTP layer knows how to report. The error middleware turns each into
 * `{ error: { code, message, details? } }` with its status code.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A well-formed request whose body, query or path breaks the rules (malformed JSON is a 400). */
export class ValidationError extends AppError {
  constructor(message: string, details?: unknown) {
    super(422, 'VALIDATION_FAILED', message, details);
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = 'Missing or invalid access token') {
    super(401, 'UNAUTHORIZED', message);
  }
}

export class NotFoundError extends AppError {
  constructor(message = 'Not found') {
    super(404, 'NOT_FOUND', message);
  }
}

/** Thrown at start-up when the environment is unusable (e.g. no JWT_SECRET in production). */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
