import type { TestProject } from 'vitest/node';
import { prepareTestDatabases } from './helpers/test-db.js';
import type { TestDbInfo } from './helpers/test-db-types.js';

declare module 'vitest' {
  export interface ProvidedContext {
    testDb: TestDbInfo;
  }
}

/** Runs once before all test files: prepares the database and says which one it is. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { info, teardown } = await prepareTestDatabases();
  console.log(`\n  Test database: ${info.label}\n`);
  project.provide('testDb', info);
  return teardown;
}
