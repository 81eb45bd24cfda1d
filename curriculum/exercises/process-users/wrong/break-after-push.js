// Wrong: only checks the limit after adding a name, so maxCount = 0 still processes the
// first active user.
function hasName(user) {
  return typeof user.name === 'string' && user.name.trim() !== '';
}

export function processUsers(users, maxCount = Infinity) {
  const names = [];
  let skipped = 0;
  for (const user of users) {
    if (user.isActive !== true || !hasName(user)) {
      skipped += 1;
      continue;
    }
    names.push(user.name.trim());
    if (names.length >= maxCount) break;
  }
  return { names, skipped };
}
