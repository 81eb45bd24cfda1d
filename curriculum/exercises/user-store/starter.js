// Week 4 — An in-memory user store
//
// createUserStore({ now } = {}) returns { create, list, get, remove }:
//   create({ name, email }) → { id, name, email, createdAt } or throws
//     'Name is required' | 'Invalid email' | 'Email already exists'
//   list() → all users (copies), in creation order
//   get(id) → a copy of the user, or null
//   remove(id) → true if deleted, false otherwise

export function createUserStore({ now = () => new Date() } = {}) {
  return {
    create({ name, email }) {
      throw new Error('Not implemented yet: create');
    },
    list() {
      return [];
    },
    get(id) {
      return null;
    },
    remove(id) {
      return false;
    },
  };
}
