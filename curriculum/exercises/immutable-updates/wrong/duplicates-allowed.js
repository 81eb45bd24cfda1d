// Wrong: addPermission appends even when the permission is already there.
export function updateProfile(profile, changes) {
  return { ...profile, ...changes };
}

export function updateAddress(profile, addressChanges) {
  return { ...profile, address: { ...profile.address, ...addressChanges } };
}

export function addPermission(profile, permission) {
  return { ...profile, permissions: [...profile.permissions, permission] };
}

export function removePermission(profile, permission) {
  return { ...profile, permissions: profile.permissions.filter((p) => p !== permission) };
}
