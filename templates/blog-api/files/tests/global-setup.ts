import { prepareTestDatabases, testDatabaseLabel } from './helpers/test-db.js';

/** Runs once before all test files: says which database the suite uses. */
export default async function setup(): Promise<void> {
  console.log(`[tests] database: ${testDatabaseLabel()}`);
  await prepareTestDatabases();
}
