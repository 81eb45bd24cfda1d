// Wrong: hands out the objects the store keeps, so a caller who changes a returned user
// changes the store.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function createUserStore({ now = () => new Date() } = {}) {
  const users = new Map();
  let nextId = 1;
  return {
    create({ name, email } = {}) {
      if (typeof name !== 'string' || name.trim() === '') throw new Error('Name is required');
      const normalised = typeof email === 'string' ? email.trim().toLowerCase() : '';
      if (!EMAIL.test(normalised)) throw new Error('Invalid email');
      if ([...users.values()].some((u) => u.email === normalised)) throw new Error('Email already exists');
      const user = { id: nextId++, name: name.trim(), email: normalised, createdAt: now().toISOString() };
      users.set(user.id, user);
      return user;
    },
    list: () => [...users.values()],
    get: (id) => users.get(id) ?? null,
    remove: (id) => users.delete(id),
  };
}
