#!/usr/bin/env node
// Validates week.yaml files against the curriculum schema (needs `npm run build` first).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { weekSchema } from '../dist/curriculum/schema.js';

let failed = false;
for (const file of process.argv.slice(2)) {
  const result = weekSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (result.success) console.log(`ok ${file}`);
  else {
    failed = true;
    console.error(`invalid ${file}\n${result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
}
process.exitCode = failed ? 1 : 0;
