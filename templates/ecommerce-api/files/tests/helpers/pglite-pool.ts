import type { PGlite } from '@electric-sql/pglite';
import { Mutex } from '../../src/lib/mutex.js';
import type { PgClientLike, PgPoolLike } from '../../src/db/postgres.js';

/**
 * Makes an in-process PGlite database look like a `pg.Pool`, so the tests run the
 * real PostgreSQL adapter (src/db/postgres.ts) unchanged.
 *
 * PGlite has ONE connection. A "checked-out client" therefore holds a mutex from
 * connect() to release(): a transaction (BEGIN ... COMMIT) owns the connection and
 * other requests wait, as they would wait for a row lock on a real server. Without
 * it, statements of concurrent requests would interleave inside one transaction.
 */
export function pglitePool(pglite: PGlite): PgPoolLike {
  const mutex = new Mutex();

  const run = async (text: string, values?: unknown[]) => {
    if (!values || values.length === 0) {
      // exec() runs multi-statement scripts (migrations) over the simple protocol.
      const results = await pglite.exec(text);
      const last = results.at(-1);
      return { rows: last?.rows ?? [], rowCount: last?.affectedRows ?? 0 };
    }
    const result = await pglite.query(text, values);
    return { rows: result.rows, rowCount: result.affectedRows ?? 0 };
  };

  return {
    query: (text, values) => mutex.runExclusive(() => run(text, values)),
    connect: async (): Promise<PgClientLike> => {
      const unlock = await mutex.lock();
      let released = false;
      return {
        query: run,
        release: () => {
          if (released) return;
          released = true;
          unlock();
        },
      };
    },
    end: () => mutex.runExclusive(() => pglite.close()),
  };
}
