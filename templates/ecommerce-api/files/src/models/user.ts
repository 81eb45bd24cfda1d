import { toIso } from '../lib/sql.js';

export type Role = 'customer' | 'admin';

export interface UserRow {
  id: number;
  email: string;
  name: string;
  password_hash: string;
  role: Role;
  created_at: string | Date;
}

/** What the API shows; never the password hash. */
export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
}

export function toUser(row: UserRow): User {
  return { id: row.id, email: row.email, name: row.name, role: row.role, createdAt: toIso(row.created_at) };
}
