// Week 10 — input validation with Zod. The checker hands you Zod as `z`.

/**
 * @param {typeof import('zod').z} z
 */
export function buildRegisterSchema(z) {
  return z
    .object({
      // normalise before validating, so " Ada@Example.com " is accepted and stored once
      email: z.string().trim().toLowerCase().pipe(z.email('must be a valid email address')),
      password: z
        .string()
        .min(8, 'must be at least 8 characters')
        .max(72, 'must be at most 72 characters') // bcrypt ignores anything after 72 bytes
        .regex(/[A-Za-z]/, 'must contain a letter')
        .regex(/[0-9]/, 'must contain a digit'),
      name: z.string().trim().min(1, 'is required').max(50, 'must be at most 50 characters'),
    })
    .strict(); // unknown keys (isAdmin, role, ...) are errors: no mass assignment
}

/**
 * @param {typeof import('zod').z} z
 * @param {unknown} body
 */
export function parseRegister(z, body) {
  const result = buildRegisterSchema(z).safeParse(body);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  };
}
