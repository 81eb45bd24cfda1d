// Week 1 — Build a user profile object (reference solution)

export const DEFAULT_ROLE = 'member';
// Frozen so no code can push into the shared default by accident.
export const DEFAULT_PERMISSIONS = Object.freeze(['read']);
export const ADULT_AGE = 18;

export function createUserProfile(id, name, age, permissions = DEFAULT_PERMISSIONS) {
  return {
    id,
    name: name.trim(),
    age,
    isAdult: age >= ADULT_AGE,
    isActive: true,
    role: DEFAULT_ROLE,
    // A copy: the profile must not share an array with the caller or with the default.
    permissions: [...permissions],
  };
}
