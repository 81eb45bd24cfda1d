#!/usr/bin/env node
// How long `exercise watch` takes to re-check a SQL exercise after a save: verifyExercise with the
// watch's warm store, as the watch calls it (SQL worker kept, the next database made while the
// learner edits), for one query exercise (second dataset too) and one DDL exercise. After a first
// check and a pause like a learner's between saves; also back to back (no pause: the check waits
// for its database), and a cold check (a verify's work without the CLI start-up) for comparison.
// Goal: a re-check ≤ 50 ms. Figures only, with the load average and `node -e 0` of the same run.
//   RUNS=20 PAUSE_MS=1500 npm run bench:watch-sql
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const RUNS = Math.max(5, Number(process.env.RUNS ?? 10));
const PAUSE_MS = Number(process.env.PAUSE_MS ?? 1500);
const root = mkdtempSync(join(tmpdir(), 'brm-bench-watch-sql-'));
const cacheDir = join(root, 'cache');
const workspace = join(root, 'ws');

const { loadExercises } = await import('../dist/curriculum/load.js');
const { openDatabase } = await import('../dist/store/db.js');
const { verifyExercise } = await import('../dist/exercises/verify.js');
const { startExercise } = await import('../dist/exercises/workspace-files.js');
const { createWarmStore } = await import('../dist/exercises/warm-store.js');
const { learnerFilePath } = await import('../dist/exercises/learner-file.js');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const figures = (xs) => `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

function nodeStart() {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    times.push(performance.now() - t);
  }
  return median(times);
}

const all = loadExercises();
const sql = all.filter((e) => e.track === 'shared' && e.checker === 'sql');
const picks = [sql.find((e) => e.sql.compare !== 'schema' && !e.sql.probe && e.sql.seed), sql.find((e) => e.sql.compare === 'schema')].filter(Boolean);
const db = openDatabase(join(root, 'progress.db'));
const refs = sql.map((e) => ({ id: e.id, week: e.week }));

async function timed(exercise, warm) {
  const t = performance.now();
  const outcome = await verifyExercise(db, exercise, { workspace, cacheDir, refs, ...(warm ? { warm } : {}) });
  if (!outcome.result.passed) throw new Error(`${exercise.id}: the reference solution failed:\n${JSON.stringify(outcome.result, null, 1)}`);
  return performance.now() - t;
}

try {
  console.log(`load average ${load()} · node -e 0: ${nodeStart().toFixed(0)} ms · runs: ${RUNS}, pause ${PAUSE_MS} ms`);
  for (const exercise of picks) {
    startExercise(exercise, workspace);
    copyFileSync(join(exercise.dir, exercise.solution), learnerFilePath(workspace, exercise));
    await timed(exercise); // fills the caches (snapshot, the reference's rows)
    const cold = [];
    for (let i = 0; i < Math.min(RUNS, 5); i++) cold.push(await timed(exercise));
    const warm = createWarmStore();
    const first = await timed(exercise, warm);
    const paused = [];
    for (let i = 0; i < RUNS; i++) {
      await sleep(PAUSE_MS);
      paused.push(await timed(exercise, warm));
    }
    const backToBack = [];
    for (let i = 0; i < Math.min(RUNS, 5); i++) backToBack.push(await timed(exercise, warm));
    await warm.close();
    console.log(`${exercise.id} (${exercise.sql.compare})`);
    console.log(`  cold check (new worker and database)  ${figures(cold)}`);
    console.log(`  watch: first check ${first.toFixed(0)} ms; re-check after a pause  ${figures(paused)}  (goal ≤ 50 ms)`);
    console.log(`  watch: re-check back to back          ${figures(backToBack)}`);
  }
  console.log(`load average ${load()}`);
} finally {
  db.close();
  rmSync(root, { recursive: true, force: true });
}
