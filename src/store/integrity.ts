import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';

/**
 * SQLite's quick_check reads the whole file, so it runs only on request (`doctor`), never on open.
 * Returns 'ok', 'missing', or what is wrong.
 */
export function checkDatabase(file: string): string {
  if (!existsSync(file)) return 'missing';
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return String(db.pragma('quick_check', { simple: true }));
    } finally {
      db.close();
    }
  } catch (error) {
    return (error as Error).message;
  }
}
