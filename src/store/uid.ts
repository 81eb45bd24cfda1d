import type { Db } from './db.js';

// A version 4 UUID from SQLite's randomness (ChaCha20, seeded by the OS): as random as
// crypto.randomUUID(), without loading node:crypto (several ms of start-up) to write one row.
const UUID_V4_SQL = `SELECT lower(
  hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' ||
  substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`;

/** A new row's uid: what export/import use to recognise a row they already hold. */
export function newUid(db: Db): string {
  return db.prepare(UUID_V4_SQL).pluck().get() as string;
}
