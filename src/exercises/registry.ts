import { UserError } from '../core/errors.js';
import type { Exercise } from '../curriculum/schema.js';
import type { Checker } from './types.js';

export type CheckerName = Exercise['checker'];

/**
 * checker name → loader. Each checker is one module imported only when used (PGlite alone takes
 * ~100 ms to import). Adding a checker = one module under checkers/ plus its line here; a name the
 * schema knows but with no module yet (`undefined`) is reported instead of crashing.
 */
const loaders: Record<CheckerName, (() => Promise<Checker>) | undefined> = {
  'node-test': async () => (await import('./checkers/node-test.js')).nodeTestChecker,
  sql: async () => (await import('./checkers/sql.js')).sqlChecker,
  static: async () => (await import('./checkers/static.js')).staticChecker,
  'python-unittest': undefined,
};

export function hasChecker(name: CheckerName): boolean {
  return loaders[name] !== undefined;
}

export async function loadChecker(name: CheckerName): Promise<Checker> {
  const load = loaders[name];
  if (!load) throw new UserError(`The ${name} checker is not available in this version of backend-roadmap yet.`);
  return load();
}
