// Week 1 — Update objects without mutating them (reference solution)
// Every function builds a new object; untouched nested values are shared, which is safe
// as long as nobody mutates them.

export function updateProfile(profile, changes) {
  return { ...profile, ...changes };
}

export function updateAddress(profile, addressChanges) {
  // Spread is shallow: copy the nested object too, or the old one would be replaced wholesale.
  return { ...profile, address: { ...profile.address, ...addressChanges } };
}

export function addPermission(profile, permission) {
  if (profile.permissions.includes(permission)) return { ...profile };
  return { ...profile, permissions: [...profile.permissions, permission] };
}

export function removePermission(profile, permission) {
  return { ...profile, permissions: profile.permissions.filter((p) => p !== permission) };
}
