#!/usr/bin/env node
// Median time to generate blog-api (no install): the whole CLI run, and the generation step alone
// in-process (plan + render + staged write). Goal: CLI ≤ 150 ms. Figures only.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.RUNS ?? 15);
const bin = fileURLToPath(new URL('../bin/backend-roadmap.js', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'brm-bench-scaffold-'));
const env = { ...process.env, BACKEND_ROADMAP_HOME: join(root, 'data'), NO_COLOR: '1' };
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const cli = [];
for (let i = 0; i < RUNS + 2; i++) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, 'new', 'blog-api', `cli-${i}`], { cwd: root, env, stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`new exited ${r.status}`);
  if (i >= 2) cli.push(Number(process.hrtime.bigint() - start) / 1e6);
}

const { planProject, generateProject } = await import('../dist/scaffold/generate.js');
const inProcess = [];
for (let i = 0; i < RUNS + 2; i++) {
  const start = process.hrtime.bigint();
  generateProject(await planProject({ template: 'blog-api', dir: `lib-${i}`, cwd: root }));
  if (i >= 2) inProcess.push(Number(process.hrtime.bigint() - start) / 1e6);
}
rmSync(root, { recursive: true, force: true });
console.log(`runs: ${RUNS}`);
console.log(`backend-roadmap new blog-api (whole CLI run)  median ${median(cli).toFixed(1)} ms  (goal ≤ 150 ms)`);
console.log(`generation alone, in-process               median ${median(inProcess).toFixed(1)} ms`);
