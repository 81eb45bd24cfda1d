// Week 3 — Decide a user's access level
//
// checkAccess(user) returns 'full', 'write', 'read' or 'denied' (see the task).
// This first draft works for tidy users, but it crashes on missing permissions,
// trusts the string 'false', ignores disabled accounts and knows nothing about 'write'.

export function checkAccess(user) {
  if (user.isAdmin) {
    return 'full';
  } else if (user.permissions.includes('read')) {
    return 'read';
  } else {
    return 'denied';
  }
}
