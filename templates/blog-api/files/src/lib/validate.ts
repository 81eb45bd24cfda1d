import type { z } from 'zod';
import { ValidationError } from '../errors.js';

/**
 * Parses `input` with a zod schema and returns the typed result, or throws a
 * ValidationError (422) whose details list every problem as { path, message }.
 */
export function parse<S extends z.ZodType>(schema: S, input: unknown, where = 'body'): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  throw new ValidationError(details);
}
