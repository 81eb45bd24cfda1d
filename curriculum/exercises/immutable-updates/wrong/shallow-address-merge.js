// Wrong: replaces the whole address with the changes, so updateAddress(p, { city })
// loses the zip code.
export function updateProfile(profile, changes) {
  return { ...profile, ...changes };
}

export function updateAddress(profile, addressChanges) {
  return { ...profile, address: { ...addressChanges } };
}

export function addPermission(profile, permission) {
  if (profile.permissions.includes(permission)) return { ...profile };
  return { ...profile, permissions: [...profile.permissions, permission] };
}

export function removePermission(profile, permission) {
  return { ...profile, permissions: profile.permissions.filter((p) => p !== permission) };
}
