import { databasePath } from '../core/paths.js';
import type { Db } from './db.js';

// The one piece of process-wide state: the open database handle.
let handle: Db | undefined;

/** Opens the learner's progress database once per process (better-sqlite3 is loaded only here). */
export async function openStore(): Promise<Db> {
  if (!handle) {
    const { openDatabase } = await import('./db.js');
    handle = openDatabase(await databasePath());
  }
  return handle;
}

export function closeStore(): void {
  handle?.close();
  handle = undefined;
}
