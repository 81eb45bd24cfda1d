// Build step after tsc: ship the SQL migrations beside the compiled store, and precompute the
// curriculum index that `status` reads (validating every week.yaml and exercise.yaml on the way).
import { cpSync, writeFileSync } from 'node:fs';

cpSync(new URL('../src/store/migrations/', import.meta.url), new URL('../dist/store/migrations/', import.meta.url), {
  recursive: true,
});
const { buildIndex, indexFile } = await import('../dist/curriculum/index-file.js');
writeFileSync(indexFile, `${JSON.stringify(await buildIndex())}\n`);
