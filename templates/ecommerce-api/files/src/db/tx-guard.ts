import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Remembers, per async call chain, which database handle has an open transaction.
 * Both adapters hold their only (SQLite, PGlite) or a pooled connection for the whole
 * transaction, so a query sent through the handle instead of `tx` would either wait
 * forever or run outside the transaction. We turn that mistake into a clear error.
 */
const openTransaction = new AsyncLocalStorage<object>();

export function runInsideTransaction<T>(owner: object, fn: () => Promise<T>): Promise<T> {
  return openTransaction.run(owner, fn);
}

export function assertNoOpenTransaction(owner: object): void {
  if (openTransaction.getStore() === owner) {
    throw new Error(
      'A query used the database handle inside db.transaction(); use the `tx` argument instead.',
    );
  }
}
