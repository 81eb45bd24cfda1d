#!/usr/bin/env node
// JavaScript `exercise verify` against learnyounode's `verify` (goal ≤ 0.55×): both whole CLI runs,
// timed in one run taking turns so they share the machine's load. learnyounode verifies its first
// exercise (HELLO WORLD: run the learner's program and the reference, compare stdout), its cheapest
// check; ours runs the hidden node:test file against the learner's module in the sandbox.
// learnyounode is installed once into a cache folder under the OS temp dir (not a dependency).
// Besides wall time, the CPU time of each run (user + sys of the command and its children, from
// /proc/self/stat once the child is reaped) is steadier on a busy machine.
//   RUNS=30 npm run bench:learnyounode
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = Math.max(10, Number(process.env.RUNS ?? 20));
const VERSION = '4.2.2';
const bin = fileURLToPath(new URL('../bin/backend-roadmap.js', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'brm-bench-learnyounode-'));

function installLearnyounode() {
  const cache = join(tmpdir(), `brm-bench-learnyounode-${VERSION}`);
  const cli = join(cache, 'node_modules', 'learnyounode', 'bin', 'learnyounode');
  if (!existsSync(cli)) {
    mkdirSync(cache, { recursive: true });
    execFileSync('npm', ['install', '--prefix', cache, '--no-save', '--no-audit', '--no-fund', `learnyounode@${VERSION}`], { stdio: 'inherit' });
  }
  return cli;
}

// Children's CPU (cutime + cstime, fields 16–17 of /proc/self/stat) in ms; Linux only.
const TICK_MS = 10;
function childrenCpuMs() {
  if (!existsSync('/proc/self/stat')) return NaN;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) * TICK_MS;
}

function timed(args, options) {
  const cpu = childrenCpuMs();
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', ...options });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}:\n${r.stdout}${r.stderr}`);
  return { wall, cpu: childrenCpuMs() - cpu };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

try {
  const learnyounode = installLearnyounode();
  const theirs = { cwd: root, env: { ...process.env, HOME: join(root, 'lyn-home') } };
  writeFileSync(join(root, 'program.js'), 'console.log("HELLO WORLD")\n');
  execFileSync(process.execPath, [learnyounode, 'select', 'HELLO WORLD'], { ...theirs, stdio: 'ignore' });
  const theirRun = () => timed([learnyounode, 'verify', 'program.js'], theirs);

  const { loadExercises } = await import('../dist/curriculum/load.js');
  const { learnerFilePath } = await import('../dist/exercises/learner-file.js');
  const { exerciseFitsTrack } = await import('../dist/curriculum/tracks.js');
  const exercise = loadExercises().find((e) => exerciseFitsTrack(e.track, 'node') && e.checker === 'node-test');
  const workspace = join(root, 'ws');
  const ours = { cwd: root, env: { ...process.env, BACKEND_ROADMAP_HOME: join(root, 'data'), NO_COLOR: '1' } };
  const cli = (args) => timed([bin, ...args], ours);
  cli(['init', '--name', 'Bench', '--track', 'node', '--hours', '5', '--start', '2026-11-01', '--dir', workspace, '--yes']);
  cli(['exercise', 'start', exercise.id]);
  copyFileSync(join(exercise.dir, exercise.solution), learnerFilePath(workspace, exercise));
  const ourRun = () => cli(['exercise', 'verify', exercise.id]);

  for (let i = 0; i < 2; i++) theirRun(), ourRun(); // warm-up: file cache, compile caches
  console.log(`runs: ${RUNS} each, taking turns · load average ${load()} before`);
  const a = [];
  const b = [];
  for (let i = 0; i < RUNS; i++) {
    a.push(theirRun());
    b.push(ourRun());
  }
  const report = (label, xs, unit) => `${label} ${median(xs).toFixed(0)} ms ${unit}`;
  const wall = [a.map((x) => x.wall), b.map((x) => x.wall)];
  const cpu = [a.map((x) => x.cpu), b.map((x) => x.cpu)];
  console.log(`learnyounode ${VERSION} verify (HELLO WORLD)          ${report('median', wall[0], 'wall')}, ${report('', cpu[0], 'CPU')}`);
  console.log(`backend-roadmap exercise verify ${exercise.id.padEnd(14)} ${report('median', wall[1], 'wall')}, ${report('', cpu[1], 'CPU')}`);
  // Each pair ran back to back, on the same machine mood: the median of the pairs' ratios drifts less
  // than the ratio of the two medians when the machine's speed wanders during the run.
  const pairRatios = wall[1].map((ours, i) => ours / wall[0][i]);
  console.log(
    `ratio: ${(median(wall[1]) / median(wall[0])).toFixed(2)}× learnyounode wall (median of pair ratios ${median(pairRatios).toFixed(2)}×), ${(median(cpu[1]) / median(cpu[0])).toFixed(2)}× CPU  (goal ≤ 0.55×)`,
  );
  console.log(`load average ${load()} after`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
