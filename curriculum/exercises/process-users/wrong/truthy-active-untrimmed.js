// Wrong: `if (!user.isActive)` lets 'true' and 1 through, and the names are not trimmed.
export function processUsers(users, maxCount = Infinity) {
  const names = [];
  let skipped = 0;
  for (const user of users) {
    if (names.length >= maxCount) break;
    if (!user.isActive || typeof user.name !== 'string' || user.name.trim() === '') {
      skipped += 1;
      continue;
    }
    names.push(user.name);
  }
  return { names, skipped };
}
