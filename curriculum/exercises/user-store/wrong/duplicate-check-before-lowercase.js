// Wrong: compares the email as typed, before lowercasing it, so ADA@example.com is accepted
// next to ada@example.com.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function createUserStore({ now = () => new Date() } = {}) {
  const users = new Map();
  let nextId = 1;
  return {
    create({ name, email } = {}) {
      if (typeof name !== 'string' || name.trim() === '') throw new Error('Name is required');
      if (typeof email !== 'string' || !EMAIL.test(email.trim())) throw new Error('Invalid email');
      if ([...users.values()].some((u) => u.email === email.trim())) throw new Error('Email already exists');
      const user = { id: nextId++, name: name.trim(), email: email.trim().toLowerCase(), createdAt: now().toISOString() };
      users.set(user.id, user);
      return { ...user };
    },
    list: () => [...users.values()].map((u) => ({ ...u })),
    get: (id) => (users.has(id) ? { ...users.get(id) } : null),
    remove: (id) => users.delete(id),
  };
}
