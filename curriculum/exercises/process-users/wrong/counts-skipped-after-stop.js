// Wrong: keeps looping after the limit instead of breaking, so users after the stop are
// still counted as skipped.
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
    if (names.length < maxCount) names.push(user.name.trim());
  }
  return { names, skipped };
}
