// Week 1 — Build a user profile object
//
// Export the constants below with the values the task asks for, and make
// createUserProfile(id, name, age, permissions) return a complete, new profile:
// { id, name (trimmed), age, isAdult, isActive: true, role, permissions (a copy) }.

export const DEFAULT_ROLE = 'member';
export const DEFAULT_PERMISSIONS = ['read'];
export const ADULT_AGE = 18;

export function createUserProfile(id, name, age, permissions) {
  // TODO: trim the name, add isAdult / isActive / role, and copy the permissions
  // (falling back to DEFAULT_PERMISSIONS when none are given).
  return { id, name, age, permissions };
}
