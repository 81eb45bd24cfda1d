import type { z } from 'zod';
import { ValidationError } from '../errors.js';

export interface IssueDetail {
  path: string;
  message: string;
}

/** zod issues as `{ path: "room", message: "..." }`, for error responses and events. */
export function issueDetails(error: z.ZodError): IssueDetail[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

/** Parses or throws a ValidationError (422) listing every problem. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(`Invalid ${what}`, issueDetails(result.error));
  return result.data;
}
