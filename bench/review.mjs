#!/usr/bin/env node
// Wall time of a full blog-api `backend-roadmap review`: the stages alone, after the learner's
// server is up (goal ≤ 5 s), plus the time the server took to be ready and the whole CLI run.
// Figures only, never a pass/fail.
//   npm run bench:review -- /path/to/a/built/blog-api    a generated template (npm install && npm run build done)
//   npm run bench:review                                 the e2e fixture server (no install needed)
//   RUNS=5 npm run bench:review
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = Math.max(1, Number(process.env.RUNS ?? 3));
const bin = fileURLToPath(new URL('../bin/backend-roadmap.js', import.meta.url));
const fixture = fileURLToPath(new URL('../tests/fixtures/review/blog-server.mjs', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'brm-bench-review-'));
const env = { ...process.env, BACKEND_ROADMAP_HOME: join(root, 'data'), NO_COLOR: '1' };
const project = process.argv[2] ? resolve(process.argv[2]) : undefined;
const args = project ? ['review', 'blog-api', '--dir', project, '--json'] : ['review', 'blog-api', '--dir', root, '--cmd', `node ${JSON.stringify(fixture)}`, '--json'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
for (let i = 0; i < RUNS; i++) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8' });
  const wall = performance.now() - t;
  const report = JSON.parse(r.stdout || '{}');
  if (r.status !== 0 || !report.passed) throw new Error(`review did not pass (exit ${r.status}):\n${r.stdout.slice(-2000)}${r.stderr}`);
  rows.push({ stages: report.stagesMs, ready: report.readyMs, wall, count: report.stages.length });
}
rmSync(root, { recursive: true, force: true });
const f = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(`blog-api review against ${project ?? 'the e2e fixture server'} (${rows[0].count} stages, ${RUNS} runs, median)`);
console.log(`  stages after the server is up  ${f(median(rows.map((r) => r.stages)))}   (goal ≤ 5 s; runs: ${rows.map((r) => f(r.stages)).join(', ')})`);
console.log(`  server start until ready       ${f(median(rows.map((r) => r.ready)))}`);
console.log(`  whole CLI run                  ${f(median(rows.map((r) => r.wall)))}`);
