// Wrong: destructures req.body without a fallback (a request with no body throws, which
// becomes a 500), and answers a duplicate email with 422 instead of 409.
const POSITIVE_INTEGER = /^[1-9]\d*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ok = (status, data) => ({ status, body: { data } });
const fail = (status, code, message) => ({ status, body: { error: { code, message } } });
const toPublicUser = ({ id, name, email }) => ({ id, name, email });

export function listUsers(req, db) {
  return ok(200, db.listUsers().map(toPublicUser));
}

export function getUser(req, db) {
  const rawId = String(req.params?.id ?? '');
  if (!POSITIVE_INTEGER.test(rawId)) return fail(422, 'INVALID_ID', 'User id must be a positive integer');
  const user = db.findUserById(Number(rawId));
  if (!user) return fail(404, 'NOT_FOUND', `User ${rawId} not found`);
  return ok(200, toPublicUser(user));
}

export function createUser(req, db) {
  const { name, email } = req.body;
  if (typeof name !== 'string' || name.trim() === '') return fail(422, 'VALIDATION_FAILED', 'name is required');
  if (typeof email !== 'string' || !EMAIL.test(email.trim())) return fail(422, 'VALIDATION_FAILED', 'email must be a valid email address');
  const normalisedEmail = email.trim().toLowerCase();
  if (db.findUserByEmail(normalisedEmail)) return fail(422, 'VALIDATION_FAILED', 'email is already used');
  return ok(201, toPublicUser(db.insertUser({ name: name.trim(), email: normalisedEmail })));
}
