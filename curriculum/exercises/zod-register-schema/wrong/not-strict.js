// Wrong: a plain z.object() silently drops unknown keys instead of refusing them, so a body
// with isAdmin: true is accepted as if nothing were wrong (and any code that spreads the raw
// body into the insert is one refactor away from mass assignment).
export function buildRegisterSchema(z) {
  return z.object({
    email: z.string().trim().toLowerCase().pipe(z.email('must be a valid email address')),
    password: z
      .string()
      .min(8, 'must be at least 8 characters')
      .max(72, 'must be at most 72 characters')
      .regex(/[A-Za-z]/, 'must contain a letter')
      .regex(/[0-9]/, 'must contain a digit'),
    name: z.string().trim().min(1, 'is required').max(50, 'must be at most 50 characters'),
  });
}

export function parseRegister(z, body) {
  const result = buildRegisterSchema(z).safeParse(body);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, errors: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
}
