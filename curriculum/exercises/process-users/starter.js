// Week 3 — Loop over users with continue and break
//
// processUsers(users, maxCount = Infinity) returns { names, skipped }:
// the trimmed names of active users with a real name, in order, stopping after maxCount
// names; skipped counts the users passed over before the loop stopped.

export function processUsers(users, maxCount = Infinity) {
  // TODO: a for...of loop with `continue` for users to skip and `break` at the limit.
  return { names: users.map((user) => user.name), skipped: 0 };
}
