// Wrong: returns the stored user objects as they are, passwordHash included.
const POSITIVE_INTEGER = /^[1-9]\d*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ok = (status, data) => ({ status, body: { data } });
const fail = (status, code, message) => ({ status, body: { error: { code, message } } });

export function listUsers(req, db) {
  return ok(200, db.listUsers());
}

export function getUser(req, db) {
  const rawId = String(req.params?.id ?? '');
  if (!POSITIVE_INTEGER.test(rawId)) return fail(422, 'INVALID_ID', 'User id must be a positive integer');
  const user = db.findUserById(Number(rawId));
  if (!user) return fail(404, 'NOT_FOUND', `User ${rawId} not found`);
  return ok(200, user);
}

export function createUser(req, db) {
  const { name, email } = req.body ?? {};
  if (typeof name !== 'string' || name.trim() === '') return fail(422, 'VALIDATION_FAILED', 'name is required');
  if (typeof email !== 'string' || !EMAIL.test(email.trim())) return fail(422, 'VALIDATION_FAILED', 'email must be a valid email address');
  const normalisedEmail = email.trim().toLowerCase();
  if (db.findUserByEmail(normalisedEmail)) return fail(409, 'EMAIL_TAKEN', 'A user with this email already exists');
  return ok(201, db.insertUser({ name: name.trim(), email: normalisedEmail }));
}
