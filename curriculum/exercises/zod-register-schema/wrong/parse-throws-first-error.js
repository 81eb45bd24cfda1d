// Wrong: calls schema.parse() and catches only to report the first issue: the client fixes
// one field, resubmits, and learns about the next one; and name is not trimmed, so "   "
// counts as a name.
export function buildRegisterSchema(z) {
  return z
    .object({
      email: z.string().trim().toLowerCase().pipe(z.email('must be a valid email address')),
      password: z
        .string()
        .min(8, 'must be at least 8 characters')
        .max(72, 'must be at most 72 characters')
        .regex(/[A-Za-z]/, 'must contain a letter')
        .regex(/[0-9]/, 'must contain a digit'),
      name: z.string().min(1, 'is required').max(50, 'must be at most 50 characters'),
    })
    .strict();
}

export function parseRegister(z, body) {
  try {
    return { ok: true, data: buildRegisterSchema(z).parse(body) };
  } catch (err) {
    const [first] = err.issues ?? [];
    return { ok: false, errors: first ? [{ path: first.path.join('.'), message: first.message }] : [{ path: '', message: 'invalid body' }] };
  }
}
