import type { ColumnType, Generated, Insertable, Kysely, Selectable } from 'kysely';

/**
 * Table types for Kysely. They must match the SQL in migrations/.
 * Timestamps are written as ISO-8601 strings; PostgreSQL (timestamptz) reads them
 * back as Date objects and SQLite (TEXT) as strings, so mappers call `toIso()`.
 */
export type Timestamp = ColumnType<Date | string, string, string>;

export type UserRole = 'reader' | 'author' | 'admin';

export interface UsersTable {
  id: Generated<number>;
  email: string;
  /** The API's unique handle (JWT claim, ?author=); the course's schema has display_name only. */
  username: string;
  display_name: string;
  password_hash: string;
  /** Defaults to 'reader' (a CHECK keeps it to the three roles). */
  role: Generated<UserRole>;
  bio: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type PostStatus = 'draft' | 'published';

export interface PostsTable {
  id: Generated<number>;
  author_id: number;
  title: string;
  body: string;
  status: PostStatus;
  published_at: ColumnType<Date | string | null, string | null, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CommentsTable {
  id: Generated<number>;
  post_id: number;
  /** null once the author's account is deleted (ON DELETE SET NULL): the comment stays. */
  author_id: number | null;
  body: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CategoriesTable {
  id: Generated<number>;
  name: string;
  slug: string;
  description: string | null;
  created_at: Timestamp;
}

export interface TagsTable {
  id: Generated<number>;
  name: string;
  slug: string;
}

export interface PostTagsTable {
  post_id: number;
  tag_id: number;
}

export interface PostCategoriesTable {
  post_id: number;
  category_id: number;
}

export interface RefreshTokensTable {
  id: Generated<number>;
  user_id: number;
  /** SHA-256 of the token: the token itself is never stored. */
  token_hash: string;
  /** All tokens issued from one login share a family; reuse revokes the family. */
  family_id: string;
  expires_at: Timestamp;
  created_at: Timestamp;
  revoked_at: ColumnType<Date | string | null, string | null, string | null>;
  revoked_reason: 'rotated' | 'logout' | 'reuse-detected' | null;
}

export interface SchemaMigrationsTable {
  name: string;
  applied_at: string;
}

export interface Database {
  users: UsersTable;
  posts: PostsTable;
  comments: CommentsTable;
  categories: CategoriesTable;
  tags: TagsTable;
  post_tags: PostTagsTable;
  post_categories: PostCategoriesTable;
  refresh_tokens: RefreshTokensTable;
  schema_migrations: SchemaMigrationsTable;
}

export type DB = Kysely<Database>;
export type UserRow = Selectable<UsersTable>;
export type PostRow = Selectable<PostsTable>;
export type NewPost = Insertable<PostsTable>;
export type CommentRow = Selectable<CommentsTable>;
export type CategoryRow = Selectable<CategoriesTable>;
export type RefreshTokenRow = Selectable<RefreshTokensTable>;

/** Normalises a timestamp column (Date from pg, string from SQLite) to ISO-8601. */
export function toIso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

export function toIsoOrNull(value: Date | string | null): string | null {
  return value === null ? null : toIso(value);
}
