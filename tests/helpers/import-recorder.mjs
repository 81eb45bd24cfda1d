// Preloaded with `node --import`: appends every resolved module URL to $IMPORT_LOG, so a test can
// prove which dependencies a command loads (e.g. that --help never loads better-sqlite3).
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

const log = process.env.IMPORT_LOG;
const hooks = `
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(${JSON.stringify(log)}, result.url + '\\n');
  return result;
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);

// CommonJS modules (require, createRequire) and built-ins loaded by them never reach the resolve
// hook: add them at exit, from the module cache and Node's list of loaded built-ins.
process.on('exit', () => {
  const cjs = Object.keys(createRequire(import.meta.url).cache).map((file) => pathToFileURL(file).href);
  const builtins = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => `node:${m.slice('NativeModule '.length)}`);
  appendFileSync(log, `${[...cjs, ...builtins].join('\n')}\n`);
});
