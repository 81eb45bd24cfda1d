import { z } from 'zod';
import { ValidationError } from '../errors.js';

export const ROLES = ['admin', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** "is required" when the value is missing, "must be text" for any other non-string. */
const text = () =>
  z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') });

export const nameSchema = text()
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(100, { error: 'must be at most 100 characters' });

/** Emails are trimmed and lower-cased, so uniqueness is case-insensitive. */
export const emailSchema = text()
  .trim()
  .toLowerCase()
  .max(254, { error: 'must be at most 254 characters' })
  .pipe(z.email({ error: 'must be a valid email address like name@example.com' }));

export const roleSchema = z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` });

export const createUserSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  role: roleSchema.default('viewer'),
});

export const updateUserSchema = z.object({
  name: nameSchema.optional(),
  email: emailSchema.optional(),
  role: roleSchema.optional(),
});

/** Ids are positive integers written in plain decimal ("7", not "07", "7.0" or "1e1"). */
export const idSchema = text()
  .trim()
  .regex(/^[1-9]\d*$/, { error: 'must be a positive whole number' })
  .transform(Number)
  .pipe(z.number().int().max(Number.MAX_SAFE_INTEGER, { error: 'is too large' }));

export const userSchema = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type User = z.infer<typeof userSchema>;

/**
 * Parses `input` with `schema` or throws a ValidationError. Each problem reads
 * "<field> <message>", e.g. "email must be a valid email address like name@example.com";
 * `label` names the value when it has no field of its own (e.g. "user id").
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown, label: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `${issue.path.length > 0 ? issue.path.join('.') : label} ${issue.message}`,
  );
  if (problems.length === 1) {
    const only = problems[0] as string;
    throw new ValidationError(only.charAt(0).toUpperCase() + only.slice(1));
  }
  throw new ValidationError(`Invalid ${label}`, problems);
}
