// Wrong: the next id is "number of users + 1", so after a delete the next user gets the
// id of someone who still exists, or of the deleted one.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function createUserStore({ now = () => new Date() } = {}) {
  const users = new Map();
  return {
    create({ name, email } = {}) {
      if (typeof name !== 'string' || name.trim() === '') throw new Error('Name is required');
      const normalised = typeof email === 'string' ? email.trim().toLowerCase() : '';
      if (!EMAIL.test(normalised)) throw new Error('Invalid email');
      if ([...users.values()].some((u) => u.email === normalised)) throw new Error('Email already exists');
      const user = { id: users.size + 1, name: name.trim(), email: normalised, createdAt: now().toISOString() };
      users.set(user.id, user);
      return { ...user };
    },
    list: () => [...users.values()].map((u) => ({ ...u })),
    get: (id) => (users.has(id) ? { ...users.get(id) } : null),
    remove: (id) => users.delete(id),
  };
}
