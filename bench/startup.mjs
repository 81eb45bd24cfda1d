#!/usr/bin/env node
// Start-up cost: median wall time of `--help` and `status` against bare `node -e 0`.
// Goals: --help ≤ 1.6× node, status ≤ 2.0× node. Figures only; tests never assert timings.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.RUNS ?? 20);
const bin = fileURLToPath(new URL('../bin/backend-roadmap.js', import.meta.url));
const home = mkdtempSync(join(tmpdir(), 'brm-bench-'));
const env = { ...process.env, BACKEND_ROADMAP_HOME: home, NO_COLOR: '1' };
execFileSync(process.execPath, [bin, 'init', '--yes', '--dir', join(home, 'ws')], { env });

function median(args) {
  const times = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
    if (i >= 2) times.push(Number(process.hrtime.bigint() - start) / 1e6); // 2 warm-up runs
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const node = median(['-e', '0']);
const help = median([bin, '--help']);
const status = median([bin, 'status']);
rmSync(home, { recursive: true, force: true });
console.log(`runs per command: ${RUNS}`);
console.log(`node -e 0   ${node.toFixed(1)} ms`);
console.log(`--help      ${help.toFixed(1)} ms  (${(help / node).toFixed(2)}× node, goal ≤ 1.6×)`);
console.log(`status      ${status.toFixed(1)} ms  (${(status / node).toFixed(2)}× node, goal ≤ 2.0×)`);
