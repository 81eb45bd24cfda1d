// Preloaded with `node --import`: appends every resolved module URL to $IMPORT_LOG, so a test can
// prove which dependencies a command loads (e.g. that --help never loads better-sqlite3).
import { register } from 'node:module';

const hooks = `
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(${JSON.stringify(process.env.IMPORT_LOG)}, result.url + '\\n');
  return result;
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
