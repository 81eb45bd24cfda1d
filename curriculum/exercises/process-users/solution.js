// Week 3 — Loop over users with continue and break (reference solution)

function hasName(user) {
  return typeof user.name === 'string' && user.name.trim() !== '';
}

export function processUsers(users, maxCount = Infinity) {
  const names = [];
  let skipped = 0;

  for (const user of users) {
    // Checked before looking at the user, so maxCount = 0 processes nobody.
    if (names.length >= maxCount) break;

    if (user.isActive !== true || !hasName(user)) {
      skipped += 1;
      continue;
    }
    names.push(user.name.trim());
  }

  return { names, skipped };
}
