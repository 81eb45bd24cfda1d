// Wrong: the profile is copied, but { ...profile } is shallow: permissions is still the
// caller's array, and push() changes it (a frozen array throws).
export function updateProfile(profile, changes) {
  return { ...profile, ...changes };
}

export function updateAddress(profile, addressChanges) {
  return { ...profile, address: { ...profile.address, ...addressChanges } };
}

export function addPermission(profile, permission) {
  const copy = { ...profile };
  if (!copy.permissions.includes(permission)) copy.permissions.push(permission);
  return copy;
}

export function removePermission(profile, permission) {
  const copy = { ...profile };
  const index = copy.permissions.indexOf(permission);
  if (index !== -1) copy.permissions.splice(index, 1);
  return copy;
}
