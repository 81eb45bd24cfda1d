#!/usr/bin/env node
// Proof that `review` and the stages agree with the reference templates: generate a template with
// the built CLI, install it once, run `review` (every stage must pass), then break copies of it on
// purpose and check that each breakage fails exactly the stage that tests it.
//
//   node scripts/review-templates.mjs [template[:db] ...]        default: blog-api
//   REVIEW_PG_URL=postgres://postgres@127.0.0.1:5432/test  → also review against a fresh database
//     created (and dropped) on that real PostgreSQL server; otherwise PostgreSQL projects get the
//     embedded PGlite that `review` starts by itself.
//
// node_modules are cached per template + package.json in $REVIEW_TEMPLATES_CACHE (default: the temp
// folder) and hard-linked into each run, so better-sqlite3 compiles once, not per run.
import { execa } from 'execa';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BREAKAGES } from './review-breakages.mjs';
import { offerLocalPrebuilds } from './local-prebuilds.mjs';
import { freshDatabase } from './template-services.mjs';

const bin = fileURLToPath(new URL('../bin/backend-roadmap.js', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'brm-review-templates-'));
const home = join(root, 'data');
offerLocalPrebuilds(root);
const cache = process.env.REVIEW_TEMPLATES_CACHE ?? join(tmpdir(), 'backend-roadmap-review-templates');
const targets = (process.argv.slice(2).length ? process.argv.slice(2) : ['blog-api']).map((t) => {
  const [template, db] = t.split(':');
  return { template, db };
});

const run = (file, args, opts = {}) => execa(file, args, { reject: false, all: true, env: { BACKEND_ROADMAP_HOME: home, CI: '1', NO_COLOR: '1', ...opts.env }, cwd: opts.cwd });

async function must(label, file, args, opts) {
  const r = await run(file, args, opts);
  if (r.exitCode !== 0) throw new Error(`${label} failed (exit ${r.exitCode}):\n${r.all.split('\n').slice(-30).join('\n')}`);
  return r;
}

/** node_modules for this package.json: installed once, then hard-linked (cp -al) into each copy. */
async function installOnce(dir, key) {
  const { dependencies, devDependencies } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const hash = createHash('sha256').update(JSON.stringify({ dependencies, devDependencies })).digest('hex').slice(0, 12);
  const cached = join(cache, `${key}-${hash}`, 'node_modules');
  if (!existsSync(cached)) {
    const t = Date.now();
    await must('npm install', 'npm', ['install', '--no-audit', '--no-fund'], { cwd: dir });
    mkdirSync(join(cache, `${key}-${hash}`), { recursive: true });
    await must('cache node_modules', 'cp', ['-al', join(dir, 'node_modules'), cached]);
    console.log(`     installed ${key} once (${((Date.now() - t) / 1000).toFixed(0)} s), cached in ${cached}`);
  } else await must('link node_modules', 'cp', ['-al', cached, join(dir, 'node_modules')]);
}

/** A copy to break: files copied (edits must not reach the original), node_modules shared by a symlink. */
function copyProject(from, to) {
  cpSync(from, to, { recursive: true, filter: (src) => !src.startsWith(join(from, 'node_modules')) });
  symlinkSync(join(from, 'node_modules'), join(to, 'node_modules'), 'dir');
}

async function review(project, dir, env = {}) {
  const r = await run(process.execPath, [bin, 'review', project, '--dir', dir, '--json'], { env });
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    throw new Error(`review printed no report (exit ${r.exitCode}):\n${r.all.split('\n').slice(-25).join('\n')}`);
  }
  return { exitCode: r.exitCode, report, failed: report.stages.find((s) => !s.passed) };
}

async function withDatabase(db, fn) {
  if (db !== 'postgres' || !process.env.REVIEW_PG_URL) return fn({});
  const database = await freshDatabase({ url: process.env.REVIEW_PG_URL });
  try {
    return await fn({ DATABASE_URL: database.url });
  } finally {
    await database.drop();
  }
}

async function prove({ template, db }) {
  const name = db ? `${template}-${db}` : template;
  const dir = join(root, name);
  await must('new', process.execPath, [bin, 'new', template, dir, '--no-docker', '--yes', ...(db ? ['--db', db] : [])]);
  await installOnce(dir, name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (pkg.scripts?.build) await must('npm run build', 'npm', ['run', 'build'], { cwd: dir });
  let ok = true;
  const where = db === 'postgres' ? (process.env.REVIEW_PG_URL ? 'real PostgreSQL' : 'embedded PGlite') : db ?? 'default';
  const clean = await withDatabase(db, (env) => review(template, dir, env));
  if (clean.report.passed) console.log(`ok   ${name} (${where}): ${clean.report.stages.length}/${clean.report.total} stages pass in ${clean.report.stagesMs} ms`);
  else {
    ok = false;
    console.log(`FAIL ${name} (${where}): stage ${clean.failed?.number} ${clean.failed?.id}: ${JSON.stringify(clean.failed?.failure)}`);
  }
  for (const breakage of BREAKAGES[template] ?? []) {
    const copy = join(root, `${name}-${breakage.id}`);
    copyProject(dir, copy);
    breakage.apply(copy);
    const broken = await withDatabase(db, (env) => review(template, copy, env));
    const good = broken.exitCode === 1 && broken.failed?.id === breakage.failsAt;
    ok &&= good;
    console.log(`${good ? 'ok  ' : 'FAIL'} ${name} broken (${breakage.id}): fails at ${broken.failed ? `stage ${broken.failed.number} ${broken.failed.id}` : 'no stage'}, expected ${breakage.failsAt}`);
    rmSync(copy, { recursive: true, force: true });
  }
  return ok;
}

let allOk = true;
for (const target of targets) {
  try {
    allOk = (await prove(target)) && allOk;
  } catch (error) {
    allOk = false;
    console.log(`FAIL ${target.template}${target.db ? `:${target.db}` : ''}: ${error.message}`);
  }
}
rmSync(root, { recursive: true, force: true });
process.exitCode = allOk ? 0 : 1;
