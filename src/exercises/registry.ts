import type { Exercise } from '../curriculum/schema.js';
import type { Checker } from './types.js';

export type CheckerName = Exercise['checker'];

/**
 * checker name → loader. Each checker is one module imported only when used (PGlite alone takes
 * ~100 ms to import). Adding a checker = one module under checkers/ plus its line here.
 */
const loaders: Record<CheckerName, () => Promise<Checker>> = {
  'node-test': async () => (await import('./checkers/node-test.js')).nodeTestChecker,
  'python-unittest': async () => (await import('./checkers/python-unittest.js')).pythonUnittestChecker,
  sql: async () => (await import('./checkers/sql.js')).sqlChecker,
  static: async () => (await import('./checkers/static.js')).staticChecker,
};

export function loadChecker(name: CheckerName): Promise<Checker> {
  return loaders[name]();
}
