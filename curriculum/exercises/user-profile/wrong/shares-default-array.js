// Wrong: keeps the caller's array (and the shared default) instead of a copy, so a later
// push elsewhere changes this profile too.
export const DEFAULT_ROLE = 'member';
export const DEFAULT_PERMISSIONS = ['read'];
export const ADULT_AGE = 18;

export function createUserProfile(id, name, age, permissions = DEFAULT_PERMISSIONS) {
  return {
    id,
    name: name.trim(),
    age,
    isAdult: age >= ADULT_AGE,
    isActive: true,
    role: DEFAULT_ROLE,
    permissions,
  };
}
