/**
 * `npm run check:curriculum`: every exercise's starter must FAIL its checks and its solution must
 * PASS them (the rustlings rule), and the curriculum must be complete (files, ≥ 3 node exercises
 * in weeks 1–14). Prints one line per exercise and a summary; exit code 1 when anything is wrong.
 *
 *   node dist/exercises/check-curriculum.js [<id>…] [--only <id>]… [--checker <name>] [--jobs <n>]
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadExercises } from '../curriculum/load.js';
import { auditCurriculum } from './curriculum-audit.js';
import { judgeExercise, pool, type ExerciseVerdict } from './curriculum-run.js';
import { ensureSnapshot } from './checkers/sql-snapshot.js';

const TIMEOUT_MS = 15_000;

function wrongPart(v: ExerciseVerdict): string {
  const n = Object.keys(v.wrong ?? {}).length;
  return n ? `${n} wrong solution${n === 1 ? '' : 's'} fail · ` : '';
}

function printVerdict(v: ExerciseVerdict): void {
  const mark = v.status === 'ok' ? '✔' : '✘';
  const e = v.exercise;
  const head = `${mark} week ${String(e.week).padStart(2, '0')}  ${e.id.padEnd(34)} ${e.checker.padEnd(15)}`;
  const count = (r?: { cases: { passed: boolean }[] }) => (r ? `${r.cases.filter((c) => c.passed).length}/${r.cases.length}` : '');
  const detail =
    v.status === 'ok' ? `starter fails (${count(v.starter)}) · ${wrongPart(v)}solution passes (${count(v.solution)})` : (v.reason ?? '');
  process.stdout.write(`${head} ${detail}  ${(v.durationMs / 1000).toFixed(1)} s\n`);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { only: { type: 'string', multiple: true }, checker: { type: 'string' }, jobs: { type: 'string', default: '2' } },
  });
  const ids = [...(values.only ?? []), ...positionals];
  const started = performance.now();
  const all = loadExercises();
  const problems = auditCurriculum(all);
  const selected = all.filter((e) => (!ids.length || ids.includes(e.id)) && (!values.checker || e.checker === values.checker));
  const unknown = ids.filter((id) => !all.some((e) => e.id === id));
  if (unknown.length) throw new Error(`Unknown exercise${unknown.length === 1 ? '' : 's'}: ${unknown.join(', ')}`);
  // One PGlite snapshot for every SQL check, kept between runs (initdb costs seconds).
  const cacheDir = join(tmpdir(), 'backend-roadmap-check-cache');
  if (selected.some((e) => e.checker === 'sql')) await ensureSnapshot(cacheDir);

  const verdicts = await pool(selected, Math.max(1, Number(values.jobs) || 2), (e) => judgeExercise(e, cacheDir, Math.max(TIMEOUT_MS, e.timeoutMs ?? 0)), printVerdict);
  for (const p of problems) process.stdout.write(`✘ ${p}\n`);

  const count = (s: ExerciseVerdict['status']) => verdicts.filter((v) => v.status === s).length;
  const wrong = count('wrong');
  process.stdout.write(
    `\n${verdicts.length} exercises: ${count('ok')} ok, ${wrong} wrong; ` +
      `${problems.length} curriculum problem${problems.length === 1 ? '' : 's'} · ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  return wrong > 0 || problems.length > 0 ? 1 : 0;
}

process.exitCode = await main().catch((error: unknown) => {
  process.stderr.write(`check:curriculum failed: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
});
