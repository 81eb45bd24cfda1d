// Bundles the compiled CLI (dist/cli.js and what it imports, lazily or not) into dist/bundle/, so
// start-up reads a handful of files instead of ~60 (Node's ESM loader resolves, reads and links
// each file on its own; that, not compiling, is most of `--help` and `status`). Lazy imports stay
// lazy: each becomes its own chunk, except the start-up groups below.
// The bundle is CommonJS (`.cjs`), as is bin/: a process that never loads an ES module skips the
// ESM loader (its set-up, asynchronous reads and resolution), and `require('node:process')` is the
// process object, where an ESM import of it reads every property, stdin included, to build its
// namespace. Measured: status 1.65× → 1.43× of `node -e 0` from this alone (under load).
// External packages are still ES modules where they are: they stay `import()`ed.
// dist/bundle/modules.json lists the source modules of every chunk, for tests that check which
// dependencies a command loads.
import { RolldownMagicString, rolldown } from 'rolldown';
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const src = `${root}src/`;
const dist = `${root}dist/`;
const out = `${dist}bundle`;

// Loaded with their own files: PGlite finds data files beside its modules; ws probes optional
// native add-ons. (Handlebars is not bundled: `new` writes prerendered templates, and loads its
// runtime or compiler only for a template edited since the build.)
const external = [/^node:/, /^@electric-sql\/pglite/, 'ws'];

// Six chunks hold what start-up needs, each read in one go:
// - `core`: the small modules the others import statically (errors, paths, dates, tracks…), kept
//   apart so that none of those below pulls in another;
// - `commands`: the commander program, every command's flags, and commander (all that an uncached
//   `--help` loads);
// - `exercise-files` and `store`: the curriculum index and the learner's files, then the database:
//   what most commands open first (`exercise verify`, which cli.ts runs without commander, spawns its
//   check after the first only: no database, no view, no chalk before it);
// - `print`: chalk and the helpers every view prints with;
// - `status`: the roadmap model and its views: what the roadmap (`backend-roadmap`, `status`,
//   `progress`, which cli.ts runs without commander too) adds.
// Each group also takes the modules its modules import statically, unless an earlier group has them.
const groups = [
  {
    name: 'core',
    test: /^src\/(core\/(errors|invocation|paths|dates|pace|week-number|profile-fields|real-path|marker-file|random-hex)|curriculum\/tracks|scaffold\/lang|store\/open|direct-commands)\.ts$/,
  },
  { name: 'commands', test: /^(src\/(program\.ts|commands\/(?!.*-action\.ts$).*)|node_modules\/commander\/.*)$/ },
  // the curriculum index and the learner's files: what the roadmap and `exercise verify` share, apart
  // from the database so that a verify starting its check from last-verify.json loads no database code first
  { name: 'exercise-files', test: /^src\/(curriculum\/(index-file|exercise-list)|core\/workspace|exercises\/(learner-file|state))\.ts$/ },
  // the database: what most commands open first
  { name: 'store', test: /^(src\/store\/.*|node_modules\/better-sqlite3\/.*)$/ },
  // printing in colour: what every view starts from (`new` and a verify's report need no more)
  // (with the progress bar, which a verify's report draws too: not the roadmap's chunk for one function)
  { name: 'print', test: /^(src\/ui\/(output|theme|plural|progress-bar)\.ts|node_modules\/chalk\/.*)$/ },
  {
    name: 'status',
    test: /^src\/(commands\/(status|progress)-action\.ts|progress\/status-model\.ts|ui\/(status-view|progress-view)\.ts)$/,
  },
  // shared by checks, `review` and `new`: its own chunk, or `review` would load the scaffolding with it
  { name: 'process-group', test: /^src\/core\/process-group\.ts$/ },
  // what `new` adds: the manifests, planning, rendering (from the build's packs) and writing, and its view
  { name: 'scaffold', test: /^src\/(scaffold\/(manifest|generate|package-manager)|ui\/new-view|commands\/new-action)\.ts$/ },
];
const fromRoot = (id) => relative(root, id).replaceAll('\\', '/');


/** Modules find data files (migrations, indexes, workers) with `new URL(…, import.meta.url)`: give each
 * the URL its compiled file has in dist/, where those files are. CommonJS has no `import.meta`:
 * the URL is made from the chunk's `__filename` (an import, so the bundler names it without clashes). */
const keepModuleUrls = {
  name: 'keep-module-urls',
  transform(code, id) {
    if (!id.startsWith(src) || !code.includes('import.meta.url')) return null;
    const compiled = relative(out, `${dist}${relative(src, id)}`.replace(/\.ts$/, '.js')).replaceAll('\\', '/');
    const magic = new RolldownMagicString(code);
    magic.replaceAll('import.meta.url', `new URL(${JSON.stringify(compiled)}, __bundleFileUrl(__filename)).href`);
    magic.prepend("import { pathToFileURL as __bundleFileUrl } from 'node:url';\n");
    return { code: magic };
  },
};

/**
 * better-sqlite3 finds its add-on through `bindings`, which searches from the caller's file: in a
 * bundle that is our chunk. Load the add-on from better-sqlite3's own folder instead (where its
 * install puts it), falling back to `bindings` pointed at that folder.
 */
const SQLITE_BINDING = '\0better-sqlite3-binding';
const sqliteBinding = {
  name: 'better-sqlite3-binding',
  resolveId(source, importer) {
    return source === 'bindings' && importer && /better-sqlite3/.test(importer) ? SQLITE_BINDING : null;
  },
  load(id) {
    if (id !== SQLITE_BINDING) return null;
    // (node:module only on the fallback: the roadmap would otherwise load it for nothing)
    return `
const { dirname, join } = require('node:path');
module.exports = function bindings(name) {
  const manifest = require.resolve('better-sqlite3/package.json');
  try {
    return require(join(dirname(manifest), 'build', 'Release', name));
  } catch (error) {
    if (error.code !== 'MODULE_NOT_FOUND') throw error;
  }
  return require('node:module').createRequire(manifest)('bindings')({ bindings: name, module_root: dirname(manifest) });
};`;
  },
};

/**
 * chalk asks `tty.isatty(1)` and `(2)`: loading node:tty loads node:net and its streams, which a
 * roadmap piped or written to a file (`status | less`, --json) never needs otherwise. A stream's
 * `isTTY` answers the same question (Node makes process.stdout a tty.WriteStream exactly when fd 1
 * is a terminal, and on a terminal it has loaded node:tty already); cli.ts has made both streams
 * before any command loads chalk.
 */
const chalkWithoutTty = {
  name: 'chalk-without-tty',
  transform(code, id) {
    if (!/node_modules\/chalk\/source\/vendor\/supports-color\/index\.js$/.test(id.replaceAll('\\', '/'))) return null;
    const from = "import tty from 'node:tty';";
    if (!code.includes(from)) throw new Error(`chalk's supports-color no longer imports node:tty as ${from}: check chalkWithoutTty`);
    const magic = new RolldownMagicString(code);
    magic.replace(from, 'const tty = { isatty: (fd) => Boolean((fd === 1 ? process.stdout : process.stderr).isTTY) };');
    return { code: magic };
  },
};

function onLog(level, log, handler) {
  // a lazy import of a module another chunk already holds is fine: it just costs nothing
  if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT') return undefined;
  // CommonJS has no import.meta: anything but import.meta.url (keepModuleUrls) would become `{}`
  if (log.code === 'EMPTY_IMPORT_META') throw new Error(`the CommonJS bundle cannot keep this import.meta: ${log.message}`);
  return handler(level, log);
}

const build = await rolldown({
  // help-cache: what bin/ prints `--help` with, before it loads (or instead of) the program;
  // compile-cache: what bin/ sets up first, so that every chunk after it loads from V8's code cache
  input: { cli: `${src}cli.ts`, 'help-cache': `${src}help-cache.ts`, 'compile-cache': `${src}compile-cache.ts` },
  platform: 'node',
  external,
  plugins: [keepModuleUrls, sqliteBinding, chalkWithoutTty],
  onLog,
});
const { output } = await build.write({
  dir: out,
  format: 'cjs',
  sourcemap: true,
  entryFileNames: '[name].cjs',
  chunkFileNames: '[name]-[hash].cjs',
  // Non-ASCII escaped and doc comments dropped (licence notices stay): a chunk's source is then a
  // one-byte string in V8, half the memory a single `✔` would make it take, and a fifth shorter
  // (less to read, scan and keep while the CLI starts; the source maps still hold the comments).
  charset: 'ascii',
  comments: { legal: true, annotation: false, jsdoc: false },
  cleanDir: true,
  codeSplitting: { groups: groups.map(({ name, test }) => ({ name, test: (id) => test.test(fromRoot(id)) })) },
});
await build.close();

// An external ES module imported statically would be require()d: its CommonJS build if it has one
// (a second copy beside the import()ed one), an error on Node without require(esm). Import it lazily.
for (const chunk of output.filter((o) => o.type === 'chunk')) {
  const required = chunk.imports.filter((id) => /^(@electric-sql\/pglite|ws)(\/|$)/.test(id));
  if (required.length) throw new Error(`${chunk.fileName} imports ${required.join(', ')} statically: use import() for ES-module packages`);
}

/**
 * The SQL checks' worker thread, one CommonJS file of its own: a thread starting from ES modules
 * sets up the ESM loader and reads ~15 files through it before its first database (measured: a
 * verify's critical path). PGlite is required there too, its CommonJS build, the thread's only copy.
 */
const requirePglite = {
  name: 'require-pglite',
  transform(code, id) {
    // the calls, not the types (`typeof import('@electric-sql/pglite')`)
    const calls = [...code.matchAll(/(?<!typeof )import\('@electric-sql\/pglite'\)/g)];
    if (!id.startsWith(src) || calls.length === 0) return null;
    const magic = new RolldownMagicString(code);
    for (const call of calls) magic.overwrite(call.index, call.index + call[0].length, "Promise.resolve().then(() => require('@electric-sql/pglite'))");
    return { code: magic };
  },
};
const workerBuild = await rolldown({
  input: { 'sql-worker': `${src}exercises/checkers/sql-worker.ts` },
  platform: 'node',
  external,
  plugins: [keepModuleUrls, requirePglite],
  onLog,
});
const { output: workerOutput } = await workerBuild.write({ dir: out, format: 'cjs', sourcemap: true, entryFileNames: '[name].cjs', codeSplitting: false, charset: 'ascii', comments: { legal: true, annotation: false, jsdoc: false } });
await workerBuild.close();
if (workerOutput.some((o) => o.type === 'chunk' && o.dynamicImports.some((id) => id.startsWith('@electric-sql/pglite')))) {
  throw new Error('sql-worker.cjs imports PGlite as an ES module: it should require its CommonJS build');
}

const modules = Object.fromEntries(
  [...output, ...workerOutput].filter((o) => o.type === 'chunk').map((chunk) => [chunk.fileName, Object.keys(chunk.modules).map(fromRoot)]),
);
writeFileSync(`${out}/modules.json`, `${JSON.stringify(modules, null, 1)}\n`);
