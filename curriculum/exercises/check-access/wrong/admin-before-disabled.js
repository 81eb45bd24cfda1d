// Wrong: checks isAdmin before isActive, so a disabled admin account still gets full access.
export function checkAccess(user) {
  if (user == null) return 'denied';
  if (user.isAdmin === true) return 'full';
  if (user.isActive === false) return 'denied';
  const permissions = Array.isArray(user.permissions) ? user.permissions : [];
  if (permissions.includes('write')) return 'write';
  if (permissions.includes('read')) return 'read';
  return 'denied';
}
