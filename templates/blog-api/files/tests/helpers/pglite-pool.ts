import type { PGlite } from '@electric-sql/pglite';
import type { PoolLike } from '../../src/db/postgres.js';

/**
 * Makes an in-process PGlite database look like the part of a `pg.Pool` that
 * Kysely uses, so tests run the app's real PostgreSQL code path without a server.
 * PGlite is a single connection, so connect() hands it out one caller at a time
 * (like a pg.Pool with max: 1): a transaction never sees another request's queries.
 */
export function pglitePool(pglite: PGlite): PoolLike {
  let queue: Promise<void> = Promise.resolve();

  const client = {
    async query(sql: string, parameters: readonly unknown[] = []) {
      // Like pg: no parameters -> simple protocol (allows multi-statement migration scripts).
      const result =
        parameters.length === 0
          ? ((await pglite.exec(sql)).at(-1) ?? { rows: [], affectedRows: 0 })
          : await pglite.query(sql, [...parameters]);
      const command = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? 'SELECT';
      return { command, rowCount: result.affectedRows ?? 0, rows: result.rows };
    },
    release() {},
  };

  return {
    connect: () => {
      let release!: () => void;
      const previous = queue;
      queue = new Promise<void>((resolve) => (release = resolve));
      return previous.then(() => ({ ...client, release }));
    },
    end: async () => {},
  } as unknown as PoolLike;
}
