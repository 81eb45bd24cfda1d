#!/usr/bin/env node
// Proof that every template works out of the box: generate it with the built CLI, then run the
// generated project's own `npm install`, `npm test` and `npm run build`. Two projects at a time.
import { execa } from 'execa';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/backend-roadmap.js', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'brm-templates-'));
const home = join(root, 'data');
const only = process.argv.slice(2);

const { stdout } = await execa(process.execPath, [bin, 'new', '--list', '--json'], { env: { BACKEND_ROADMAP_HOME: home } });
const cases = JSON.parse(stdout).flatMap((t) =>
  (t.options.db ?? [undefined]).map((db) => ({ template: t.name, db, dir: db && db !== t.options.db[0] ? `${t.name}-${db}` : t.name })),
).filter((c) => only.length === 0 || only.includes(c.template));

async function prove({ template, db, dir }) {
  const started = Date.now();
  const log = [];
  const step = async (label, file, args, cwd) => {
    const r = await execa(file, args, { cwd, reject: false, all: true, env: { BACKEND_ROADMAP_HOME: home, CI: '1' } });
    log.push(`$ ${label}\n${r.all}`);
    if (r.exitCode !== 0) throw new Error(`${dir}: ${label} failed (exit ${r.exitCode})`);
  };
  try {
    await step('new', process.execPath, [bin, 'new', template, dir, ...(db ? ['--db', db] : [])], root);
    const cwd = join(root, dir);
    await step('npm install', 'npm', ['install', '--no-audit', '--no-fund'], cwd);
    await step('npm test', 'npm', ['test'], cwd);
    await step('npm run build', 'npm', ['run', 'build'], cwd);
    console.log(`ok   ${dir} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return true;
  } catch (error) {
    console.log(`FAIL ${error.message}\n${log.join('\n').split('\n').slice(-60).join('\n')}`);
    return false;
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
console.log(`${results.length - failed}/${results.length} generated projects install, test and build`);
process.exitCode = failed ? 1 : 0;
