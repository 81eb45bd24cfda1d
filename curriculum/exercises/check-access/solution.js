// Week 3 — Decide a user's access level (reference solution)

export function checkAccess(user) {
  // Guard clauses first: the most restrictive rules win, whatever else the record says.
  if (user == null) return 'denied';
  if (user.isActive === false) return 'denied';

  // Strict comparison: the string 'false' is truthy and must not grant anything.
  if (user.isAdmin === true) return 'full';

  const permissions = Array.isArray(user.permissions) ? user.permissions : [];
  if (permissions.includes('write')) return 'write';
  if (permissions.includes('read')) return 'read';
  return 'denied';
}
