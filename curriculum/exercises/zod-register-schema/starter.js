// Week 10 — input validation with Zod. The checker hands you Zod as `z`.

/**
 * @param {typeof import('zod').z} z
 * @returns a Zod schema for { email, password, name } that rejects unknown keys
 */
export function buildRegisterSchema(z) {
  // This accepts anything at all. Replace it with z.object({ ... }).strict()
  return z.any();
}

/**
 * @param {typeof import('zod').z} z
 * @param {unknown} body the parsed JSON request body
 * @returns {{ ok: true, data: object } | { ok: false, errors: Array<{ path: string, message: string }> }}
 */
export function parseRegister(z, body) {
  // Use buildRegisterSchema(z).safeParse(body) and map the issues.
  return { ok: true, data: body };
}
