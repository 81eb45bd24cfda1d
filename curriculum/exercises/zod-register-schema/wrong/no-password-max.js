// Wrong: no upper bound on the password: bcrypt only reads the first 72 bytes (bcrypt 5
// refuses longer ones), so a longer password either fails at hashing time or is silently
// truncated.
export function buildRegisterSchema(z) {
  return z
    .object({
      email: z.string().trim().toLowerCase().pipe(z.email('must be a valid email address')),
      password: z
        .string()
        .min(8, 'must be at least 8 characters')
        .regex(/[A-Za-z]/, 'must contain a letter')
        .regex(/[0-9]/, 'must contain a digit'),
      name: z.string().trim().min(1, 'is required').max(50, 'must be at most 50 characters'),
    })
    .strict();
}

export function parseRegister(z, body) {
  const result = buildRegisterSchema(z).safeParse(body);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, errors: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
}
