// Week 4 — An in-memory user store (reference solution)

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// The clock is a parameter so tests (and later, callers) control time instead of sleeping.
export function createUserStore({ now = () => new Date() } = {}) {
  // State lives in this closure: private, and separate for every store.
  const users = new Map();
  let nextId = 1;

  function validate(name, email) {
    if (typeof name !== 'string' || name.trim() === '') throw new Error('Name is required');
    if (typeof email !== 'string' || !EMAIL.test(email)) throw new Error('Invalid email');
    for (const user of users.values()) {
      if (user.email === email) throw new Error('Email already exists');
    }
  }

  return {
    create({ name, email } = {}) {
      const normalisedEmail = typeof email === 'string' ? email.trim().toLowerCase() : email;
      validate(name, normalisedEmail);
      // The id is taken only after validation, so failed attempts leave no gaps.
      const user = { id: nextId++, name: name.trim(), email: normalisedEmail, createdAt: now().toISOString() };
      users.set(user.id, user);
      return { ...user };
    },
    list() {
      return [...users.values()].map((user) => ({ ...user }));
    },
    get(id) {
      const user = users.get(id);
      return user ? { ...user } : null;
    },
    remove(id) {
      return users.delete(id);
    },
  };
}
