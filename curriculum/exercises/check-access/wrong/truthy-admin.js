// Wrong: `if (user.isAdmin)` is true for the string 'false' from a form, which then gets
// full access.
export function checkAccess(user) {
  if (user == null) return 'denied';
  if (user.isActive === false) return 'denied';
  if (user.isAdmin) return 'full';
  const permissions = Array.isArray(user.permissions) ? user.permissions : [];
  if (permissions.includes('write')) return 'write';
  if (permissions.includes('read')) return 'read';
  return 'denied';
}
