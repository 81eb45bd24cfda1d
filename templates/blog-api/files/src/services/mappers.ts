import { toIso, type CategoryRow, type UserRow } from '../db/schema.js';

/** Public profile: never includes the password hash or the e-mail address. */
export function toPublicUser(row: UserRow) {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    bio: row.bio,
    createdAt: toIso(row.created_at),
  };
}

export function toMe(row: UserRow) {
  return { ...toPublicUser(row), email: row.email };
}

export function toCategory(row: CategoryRow) {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    description: row.description,
    createdAt: toIso(row.created_at),
  };
}

export type PublicUser = ReturnType<typeof toPublicUser>;
export type Me = ReturnType<typeof toMe>;
