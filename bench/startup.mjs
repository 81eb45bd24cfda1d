#!/usr/bin/env node
// Start-up cost, in one run so the ratios share the machine's mood: the median wall time of
// `--help`, `status` and `progress` against bare `node -e 0`, and `status`/`progress` on a data
// folder holding 10,000 check-ins and 2,000 exercise attempts against an empty one.
// Goals: --help ≤ 1.2× node, status ≤ 1.4× node; with the large history, status and progress
// ≤ 1.15× the empty database. Figures only; tests never assert timings.
//   RUNS=30 npm run bench:startup
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.RUNS ?? 20);
const bin = fileURLToPath(new URL('../bin/backend-roadmap.js', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'brm-bench-'));

function dataFolder(name) {
  const home = join(root, name);
  const env = { ...process.env, BACKEND_ROADMAP_HOME: home, NO_COLOR: '1' };
  execFileSync(process.execPath, [bin, 'init', '--yes', '--start', '2025-01-06', '--dir', join(home, 'ws')], { env });
  return { home, env };
}

/** 10,000 check-ins (every 4 hours, back from now) and 2,000 verify runs over 40 exercises. */
async function fillHistory(home) {
  const { openDatabase } = await import('../dist/store/db.js');
  const { insertCheckins } = await import('../dist/store/checkins.js');
  const { recordAttempt } = await import('../dist/store/exercises.js');
  const db = openDatabase(join(home, 'progress.db'));
  const at = (hoursAgo) => new Date(Date.now() - hoursAgo * 3_600_000);
  const checkins = Array.from({ length: 10_000 }, (_, i) => ({
    uid: `bench-${i}`,
    createdAt: at(i * 4).toISOString(),
    day: at(i * 4).toISOString().slice(0, 10),
    hours: 1.5,
    confidence: 1 + (i % 5),
    built: `a small REST endpoint, take ${i}`,
    blockers: i % 3 ? '' : 'async error handling in the middleware chain',
    notes: 'read the lesson twice, then wrote the tests before the handler; the second attempt was cleaner',
  }));
  insertCheckins(db, checkins);
  db.transaction(() => {
    for (let i = 0; i < 2_000; i++) {
      recordAttempt(db, { exerciseId: `w${1 + (i % 14)}-bench-${i % 40}`, passed: i % 4 === 0, durationMs: 300, summary: `${i % 8}/8 cases passed` }, at(i * 2).toISOString());
    }
  })();
  db.close();
}

/** Median wall time of each command; the commands take turns, so a busy spell hits all of them. */
function medians(commands) {
  const times = commands.map(() => []);
  for (let i = 0; i < RUNS + 2; i++) {
    commands.forEach(({ args, env }, c) => {
      const start = process.hrtime.bigint();
      const r = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
      if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
      if (i >= 2) times[c].push(Number(process.hrtime.bigint() - start) / 1e6); // 2 warm-up rounds
    });
  }
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]);
}

try {
  const empty = dataFolder('empty');
  const large = dataFolder('large');
  await fillHistory(large.home);

  const load = loadavg()[0];
  const [node, help, status, progress, statusLarge, progressLarge] = medians([
    { args: ['-e', '0'], env: empty.env },
    { args: [bin, '--help'], env: empty.env },
    { args: [bin, 'status'], env: empty.env },
    { args: [bin, 'progress'], env: empty.env },
    { args: [bin, 'status'], env: large.env },
    { args: [bin, 'progress'], env: large.env },
  ]);

  const row = (label, ms, base, baseName, goal) => console.log(`${label.padEnd(26)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / base).toFixed(2)}× ${baseName}  (goal ≤ ${goal}×)`);
  console.log(`runs per command: ${RUNS}, taking turns (median, after 2 warm-up rounds); load average ${load.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after`);
  console.log(`${'node -e 0'.padEnd(26)} ${node.toFixed(1).padStart(7)} ms`);
  row('--help', help, node, 'node', 1.2);
  row('status', status, node, 'node', 1.4);
  row('progress', progress, node, 'node', 1.4);
  row('status, large history', statusLarge, status, 'empty database', 1.15);
  row('progress, large history', progressLarge, progress, 'empty database', 1.15);
} finally {
  rmSync(root, { recursive: true, force: true });
}
