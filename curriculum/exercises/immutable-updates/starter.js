// Week 1 — Update objects without mutating them
//
// These functions return the right values, but they change (mutate) the profile they
// receive. Rewrite each one so it returns a NEW profile and leaves its input untouched.

export function updateProfile(profile, changes) {
  Object.assign(profile, changes); // mutates profile!
  return profile;
}

export function updateAddress(profile, addressChanges) {
  Object.assign(profile.address, addressChanges); // mutates the nested address!
  return profile;
}

export function addPermission(profile, permission) {
  if (!profile.permissions.includes(permission)) {
    profile.permissions.push(permission); // mutates the array!
  }
  return profile;
}

export function removePermission(profile, permission) {
  const index = profile.permissions.indexOf(permission);
  if (index !== -1) profile.permissions.splice(index, 1); // mutates the array!
  return profile;
}
