// Wrong: parseInt('1.5') is 1, so a malformed id finds user 1; and the duplicate check uses
// the email as typed, so ADA@example.com creates a second Ada.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ok = (status, data) => ({ status, body: { data } });
const fail = (status, code, message) => ({ status, body: { error: { code, message } } });
const toPublicUser = ({ id, name, email }) => ({ id, name, email });

export function listUsers(req, db) {
  return ok(200, db.listUsers().map(toPublicUser));
}

export function getUser(req, db) {
  const id = parseInt(req.params?.id, 10);
  if (!(id > 0)) return fail(422, 'INVALID_ID', 'User id must be a positive integer');
  const user = db.findUserById(id);
  if (!user) return fail(404, 'NOT_FOUND', `User ${id} not found`);
  return ok(200, toPublicUser(user));
}

export function createUser(req, db) {
  const { name, email } = req.body ?? {};
  if (typeof name !== 'string' || name.trim() === '') return fail(422, 'VALIDATION_FAILED', 'name is required');
  if (typeof email !== 'string' || !EMAIL.test(email.trim())) return fail(422, 'VALIDATION_FAILED', 'email must be a valid email address');
  if (db.findUserByEmail(email.trim())) return fail(409, 'EMAIL_TAKEN', 'A user with this email already exists');
  return ok(201, toPublicUser(db.insertUser({ name: name.trim(), email: email.trim().toLowerCase() })));
}
