// Wrong: > instead of >=, so someone who is exactly 18 is not an adult.
export const DEFAULT_ROLE = 'member';
export const DEFAULT_PERMISSIONS = Object.freeze(['read']);
export const ADULT_AGE = 18;

export function createUserProfile(id, name, age, permissions = DEFAULT_PERMISSIONS) {
  return {
    id,
    name: name.trim(),
    age,
    isAdult: age > ADULT_AGE,
    isActive: true,
    role: DEFAULT_ROLE,
    permissions: [...permissions],
  };
}
