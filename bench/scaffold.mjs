#!/usr/bin/env node
// Median time to generate blog-api (no install): the whole CLI run against create-vite's react-ts
// template (goal ≤ 1.0× create-vite), both timed in one run taking turns so they share the machine's
// mood, and the generation step alone in-process (plan + render + staged write). Figures only.
// `new` runs twice per round: as a plain scaffolder (no progress database, like create-vite) and for
// a learner after `init`, where it also reads the profile and records the project.
// create-vite is installed once into a cache folder under the OS temp dir (not a dependency).
//   RUNS=30 npm run bench:scaffold
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.RUNS ?? 15);
const bin = fileURLToPath(new URL('../bin/backend-roadmap.js', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'brm-bench-scaffold-'));
const env = { ...process.env, BACKEND_ROADMAP_HOME: join(root, 'data'), NO_COLOR: '1' };
const learnerEnv = { ...env, BACKEND_ROADMAP_HOME: join(root, 'learner-data') };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** create-vite's CLI, installed on first use; later runs of the benchmark reuse the cache. */
function createVite() {
  const cache = join(tmpdir(), 'brm-bench-create-vite');
  const cli = join(cache, 'node_modules', 'create-vite', 'index.js');
  if (!existsSync(cli)) {
    mkdirSync(cache, { recursive: true });
    execFileSync('npm', ['install', '--prefix', cache, '--no-save', '--no-audit', '--no-fund', 'create-vite@latest'], { stdio: 'inherit' });
  }
  const { version } = JSON.parse(readFileSync(join(cache, 'node_modules', 'create-vite', 'package.json'), 'utf8'));
  return { cli, version };
}

function timed(args, cwd, withEnv = env) {
  const start = process.hrtime.bigint();
  // stdin not a terminal and --no-interactive: create-vite asks nothing
  const r = spawnSync(process.execPath, args, { cwd, env: withEnv, stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

try {
  const vite = createVite();
  timed([bin, 'init', '--name', 'Bench', '--track', 'node', '--hours', '5', '--start', '2026-11-01', '--dir', join(root, 'ws'), '--yes'], root, learnerEnv);
  const ours = [];
  const learner = [];
  const theirs = [];
  const load = loadavg()[0];
  for (let i = 0; i < RUNS + 2; i++) {
    const a = timed([bin, 'new', 'blog-api', `cli-${i}`], root);
    const b = timed([vite.cli, `my-app-${i}`, '--template', 'react-ts', '--no-interactive'], root);
    const c = timed([bin, 'new', 'blog-api', `learner-${i}`], root, learnerEnv);
    if (i < 2) continue; // 2 warm-up rounds
    ours.push(a);
    theirs.push(b);
    learner.push(c);
  }

  const { planProject, generateProject } = await import('../dist/scaffold/generate.js');
  const inProcess = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const start = process.hrtime.bigint();
    generateProject(await planProject({ template: 'blog-api', dir: `lib-${i}`, cwd: root }));
    if (i >= 2) inProcess.push(Number(process.hrtime.bigint() - start) / 1e6);
  }

  console.log(`runs: ${RUNS} each, taking turns (median, after 2 warm-up rounds); load average ${load.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after`);
  console.log(`create-vite ${vite.version} my-app --template react-ts   median ${median(theirs).toFixed(1)} ms`);
  console.log(`backend-roadmap new blog-api (whole CLI run)    median ${median(ours).toFixed(1)} ms  ${(median(ours) / median(theirs)).toFixed(2)}× create-vite  (goal ≤ 1.0×)`);
  console.log(`  the same for a learner (records the project)  median ${median(learner).toFixed(1)} ms  ${(median(learner) / median(theirs)).toFixed(2)}× create-vite`);
  console.log(`generation alone, in-process                  median ${median(inProcess).toFixed(1)} ms`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
