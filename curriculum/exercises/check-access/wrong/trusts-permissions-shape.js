// Wrong: assumes permissions is always an array: a missing one crashes, and the string
// 'read' passes .includes('read').
export function checkAccess(user) {
  if (user == null) return 'denied';
  if (user.isActive === false) return 'denied';
  if (user.isAdmin === true) return 'full';
  const permissions = user.permissions ?? [];
  if (permissions.includes('write')) return 'write';
  if (permissions.includes('read')) return 'read';
  return 'denied';
}
