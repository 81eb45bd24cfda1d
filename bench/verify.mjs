#!/usr/bin/env node
// Median wall time of `backend-roadmap exercise verify <id>` (the whole CLI run) for one JavaScript
// (node-test), one Python (python-unittest) and one SQL exercise, each holding its reference
// solution, in a temp data dir after `init`. One warm-up run first fills the caches a learner's first
// verify fills (PGlite snapshot, the solution's expected rows, the resolved Python interpreter).
// Goals: JS ≤ 400 ms, Python ≤ 1.2× JS, SQL ≤ 800 ms. Figures only, with the load average and
// bare `node -e 0` of the same run (the machine may be busy: compare ratios).
//   RUNS=20 npm run bench:verify
//   ONLY=sql npm run bench:verify         one language: javascript, python or sql
//   ONLY=sql SQL_EXERCISE=insert-update-delete npm run bench:verify   a chosen SQL exercise (default: the first)
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = Math.max(10, Number(process.env.RUNS ?? 12));
const bin = fileURLToPath(new URL('../bin/backend-roadmap.js', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'brm-bench-verify-'));
const workspace = join(root, 'ws');
const env = { ...process.env, BACKEND_ROADMAP_HOME: join(root, 'data'), NO_COLOR: '1' };

function cli(args, ok = [0]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, env, encoding: 'utf8' });
  if (!ok.includes(r.status)) throw new Error(`backend-roadmap ${args.join(' ')} exited ${r.status}:\n${r.stdout}${r.stderr}`);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

function nodeStart() {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0']);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

function bench(exercise) {
  cli(['exercise', 'start', exercise.id]);
  copyFileSync(join(exercise.dir, exercise.solution), learnerFilePath(workspace, exercise));
  cli(['exercise', 'verify', exercise.id]); // warm-up: fills the caches
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    cli(['exercise', 'verify', exercise.id]);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

const { loadExercises } = await import('../dist/curriculum/load.js');
const { learnerFilePath } = await import('../dist/exercises/learner-file.js');
const { exerciseFitsTrack } = await import('../dist/curriculum/tracks.js');
const all = loadExercises();
const js = all.find((e) => exerciseFitsTrack(e.track, 'node') && e.checker === 'node-test');
const py = all.find((e) => exerciseFitsTrack(e.track, 'python') && e.checker === 'python-unittest');
const sql = all.find((e) => e.track === 'shared' && e.checker === 'sql' && (!process.env.SQL_EXERCISE || e.id === process.env.SQL_EXERCISE));

try {
  const node = nodeStart();
  console.log(`runs: ${RUNS} each (after one warm-up) · load average ${load()} · node -e 0: ${node.toFixed(0)} ms`);
  const medians = {};
  for (const [label, track, exercise, goal] of [
    ['JavaScript', 'node', js, () => '≤ 400 ms'],
    ['Python', 'python', py, () => (medians.JavaScript ? `≤ ${(medians.JavaScript * 1.2).toFixed(0)} ms = 1.2× JavaScript` : '≤ 1.2× JavaScript')],
    ['SQL', 'node', sql, () => '≤ 800 ms'],
  ]) {
    if (process.env.ONLY && process.env.ONLY.toLowerCase() !== label.toLowerCase()) continue;
    if (!exercise) {
      console.log(`${label}: no exercise in the curriculum`);
      continue;
    }
    // One profile per track: verify refuses an exercise of the other track.
    cli(['init', '--name', 'Bench', '--track', track, '--hours', '5', '--start', '2026-11-01', '--dir', workspace, '--yes', '--force']);
    const t = bench(exercise);
    medians[label] = t.median;
    const ratio = label === 'Python' && medians.JavaScript ? `, ${(t.median / medians.JavaScript).toFixed(2)}× JavaScript` : '';
    console.log(
      `${label.padEnd(10)} exercise verify ${exercise.id.padEnd(26)} median ${t.median.toFixed(0)} ms${ratio}, ${(t.median / node).toFixed(1)}× node  (min ${t.min.toFixed(0)}, max ${t.max.toFixed(0)}; goal ${goal()})`,
    );
  }
  console.log(`load average ${load()}`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
