#!/usr/bin/env node
// Proof that every template works out of the box: generate it with the built CLI, then run the
// generated project's own checks. Node: npm install, npm test, npm run build. Python: a venv,
// pip install -r requirements-dev.txt, pytest, ruff check. Then `backend-roadmap review` runs the
// project's stages against it: the reference must pass every one. Two projects at a time.
//
//   node scripts/test-templates.mjs [template ...] [--lang node|python] [--db sqlite|postgres] [--starter]
//
// --starter: after each complete project passes, its `new --starter` skeleton too (reusing the
// complete project's node_modules / .venv, see starter-check.mjs): its own tests, and `review`
// failing at a feature stage with a TODO, where the project has review stages.
//
// --db postgres variants get a fresh database on the PostgreSQL server at DATABASE_URL
// (default postgres://postgres@127.0.0.1:5432/test) and every project a Redis database when
// Redis answers (REDIS_URL, default redis://127.0.0.1:6379); see template-services.mjs.
import { execa } from 'execa';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { offerLocalPrebuilds } from './local-prebuilds.mjs';
import { proveStarter } from './starter-check.mjs';
import { freshDatabase, freshRedisDb, probePostgres, probeRedis } from './template-services.mjs';

const bin = fileURLToPath(new URL('../bin/backend-roadmap.js', import.meta.url));

function usage(message) {
  console.error(`test-templates: ${message}\nUsage: node scripts/test-templates.mjs [template ...] [--lang node|python] [--db sqlite|postgres] [--starter]`);
  process.exit(2);
}

function parseArgs(argv) {
  const names = [];
  const filters = {};
  const allowed = { lang: ['node', 'python'], db: ['sqlite', 'postgres'] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const flag = /^--(lang|db)(?:=(.*))?$/.exec(arg);
    if (arg === '--starter') filters.starter = true;
    else if (flag) {
      const value = flag[2] ?? argv[++i];
      if (!allowed[flag[1]].includes(value)) usage(`--${flag[1]} must be one of ${allowed[flag[1]].join(', ')}, got ${value}`);
      filters[flag[1]] = value;
    } else if (arg.startsWith('-')) usage(`unknown option ${arg}`);
    else names.push(arg);
  }
  return { names, ...filters };
}

const { names, lang, db: onlyDb, starter } = parseArgs(process.argv.slice(2));
const root = mkdtempSync(join(tmpdir(), 'brm-templates-'));
const home = join(root, 'data');
const prebuilt = offerLocalPrebuilds(root);
// The services' URLs reach a project only through the variables set per project below.
const { DATABASE_URL: _db, REDIS_URL: _redis, ...baseEnv } = process.env;
const { stdout } = await execa(process.execPath, [bin, 'new', '--list', '--json'], { env: { BACKEND_ROADMAP_HOME: home } });
const templates = JSON.parse(stdout);
const unknown = names.filter((n) => !templates.some((t) => t.name === n));
if (unknown.length) {
  rmSync(root, { recursive: true, force: true });
  usage(`unknown template(s): ${unknown.join(', ')}`);
}

const cases = templates
  .filter((t) => (names.length === 0 || names.includes(t.name)) && (!lang || t.lang === lang))
  .flatMap((t) =>
    (t.options.db ?? [undefined]).map((db) => {
      const dir = [t.name, t.lang === 'python' ? 'py' : '', db && db !== t.options.db[0] ? db : ''].filter(Boolean).join('-');
      return { template: t.name, lang: t.lang, db, dir, label: `${t.lang}/${t.name}${db ? ` --db ${db}` : ''}` };
    }),
  )
  .filter((c) => !onlyDb || c.db === onlyDb);

const pg = cases.some((c) => c.db === 'postgres') ? await probePostgres() : undefined;
const redis = await probeRedis();
const PIP_ENV = { PIP_RETRIES: '0', PIP_TIMEOUT: '2', PIP_DISABLE_PIP_VERSION_CHECK: '1' };
// Fourteen installs of overlapping packages: once npm's cache holds a package's metadata, take it
// from there instead of asking the registry again for every one (a cold cache still fetches).
const NPM_ENV = { npm_config_prefer_offline: 'true' };

function checks(c) {
  if (c.lang === 'python') {
    return [
      ['python3 -m venv .venv', 'python3', ['-m', 'venv', '.venv']],
      ['pip install -r requirements-dev.txt', '.venv/bin/pip', ['install', '-q', '-r', 'requirements-dev.txt']],
      ['pytest', '.venv/bin/python', ['-m', 'pytest', '-q']],
      ['ruff check .', '.venv/bin/ruff', ['check', '.']],
    ];
  }
  return [
    ['npm install', 'npm', ['install', '--no-audit', '--no-fund']],
    ['npm test', 'npm', ['test']],
    ['npm run build', 'npm', ['run', 'build']],
  ];
}

// Databases still to drop; Ctrl-C drops them too instead of leaving brm_* behind on the server.
const pending = new Set();
process.once('SIGINT', async () => {
  console.log('Interrupted: dropping the databases in use');
  await Promise.all([...pending].map((cleanup) => cleanup()));
  process.exit(130);
});

async function prove(c) {
  const started = Date.now();
  const log = [];
  const cleanups = [];
  const env = { ...baseEnv, ...PIP_ENV, ...NPM_ENV, BACKEND_ROADMAP_HOME: home, CI: '1' };
  const step = async (label, file, args, cwd) => {
    const r = await execa(file, args, { cwd, reject: false, all: true, env, extendEnv: false });
    log.push(`$ ${label}\n${r.all}`);
    if (r.exitCode !== 0) throw new Error(`${c.label}: ${label} failed (exit ${r.exitCode ?? r.signal})`);
  };
  const services = [];
  try {
    if (c.db === 'postgres' && pg) {
      const database = await freshDatabase(pg);
      cleanups.push(database.drop);
      pending.add(database.drop);
      env.DATABASE_URL = database.url;
      services.push(`PostgreSQL ${database.name}`);
    }
    if (redis) {
      const db = await freshRedisDb(redis);
      cleanups.push(db.release);
      env.REDIS_URL = db.url;
      services.push(`Redis ${db.url.split('/').pop()}`);
    }
    await step('new', process.execPath, [bin, 'new', c.template, c.dir, '--lang', c.lang, ...(c.db ? ['--db', c.db] : [])], root);
    const cwd = join(root, c.dir);
    for (const [label, file, args] of checks(c)) await step(label, file, args, cwd);
    // review starts the program itself, on an empty database of its own: a second fresh one on the
    // real server (the tests' data stays out of it), else the embedded PGlite review brings.
    delete env.DATABASE_URL;
    if (c.db === 'postgres' && pg) {
      const database = await freshDatabase(pg);
      cleanups.push(database.drop);
      pending.add(database.drop);
      env.DATABASE_URL = database.url;
    }
    await step('backend-roadmap review', process.execPath, [bin, 'review'], cwd);
    const starterNote = starter ? await proveStarter({ c, root, cwd, bin, step, env, checks: checks(c).slice(c.lang === 'python' ? 2 : 1) }) : '';
    const on = c.db === 'postgres' ? (pg ? ' on a real PostgreSQL' : ' on the embedded fallback') : '';
    console.log(`ok   ${c.label}${on}${starterNote ? `; --starter: ${starterNote}` : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return true;
  } catch (error) {
    console.log(`FAIL ${error.message} after ${((Date.now() - started) / 1000).toFixed(1)} s [${services.join(', ') || 'no services'}]\n${log.join('\n').split('\n').slice(-60).join('\n')}`);
    return false;
  } finally {
    for (const cleanup of cleanups) {
      await cleanup();
      pending.delete(cleanup);
    }
    rmSync(join(root, c.dir), { recursive: true, force: true });
    rmSync(join(root, `${c.dir}-starter`), { recursive: true, force: true });
  }
}

const queue = [...cases];
const results = [];
await Promise.all(
  [0, 1].map(async () => {
    while (queue.length) results.push(await prove(queue.shift()));
  }),
);
rmSync(root, { recursive: true, force: true });
const failed = results.filter((ok) => !ok).length;
if (prebuilt) console.log(`(better-sqlite3 ${prebuilt} came from the CLI's own build, as a local prebuild: see local-prebuilds.mjs)`);
console.log(`${results.length - failed}/${results.length} generated projects install, pass their tests and build/lint`);
process.exitCode = failed ? 1 : 0;
