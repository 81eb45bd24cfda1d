import { dirname } from 'node:path';
import type { CaseResult } from '../types.js';
import { permissionArgs, type Sandbox } from './node-permissions.js';
import { reporterModuleUrl } from './node-reporter.js';
import { scrubbedEnv } from './process-tree.js';
import { channelSecret, parseChannel } from './report-channel.js';
import { runChild, type ChildRun } from './run-child.js';

export type ReportLine = { kind: 'start' | 'skip'; name: string } | ({ kind: 'case' } & CaseResult) | { kind: 'end' } | { kind: 'tampered' };

export interface NodeTestRun {
  run: ChildRun;
  lines: ReportLine[];
  /** a line on the report channel did not carry this run's secret, or the reporter was misused */
  forged: boolean;
}

/**
 * Runs a hidden test file directly (`node --test-reporter=… test.mjs`, one process, unlike
 * `node --test` which adds a second) with the file under test in EXERCISE_FILE. Nothing is installed
 * in the workspace: the test file lives in the package and resolves its imports from there.
 * `listOnly` runs no case (--test-only): every case is reported as skipped, which lists them.
 */
export async function runNodeTests(opts: { testFile: string; learnerFile: string; timeoutMs: number; sandbox?: Sandbox; listOnly?: boolean; running?: () => void; signal?: AbortSignal | undefined }): Promise<NodeTestRun> {
  // Learner code sees a scrubbed environment: no data-folder path, no report channel, no CLI
  // settings. Leaving out NODE_TEST_CONTEXT matters too: set when this CLI itself runs under
  // `node --test`, it would make the child talk the runner's binary protocol instead of our reporter.
  const temp = opts.sandbox?.tempDir;
  const env = scrubbedEnv({ EXERCISE_FILE: opts.learnerFile, ...(temp ? { TMPDIR: temp, TMP: temp, TEMP: temp } : {}) });
  const reporter = reporterModuleUrl();
  const args = [
    ...(opts.sandbox ? permissionArgs(opts.sandbox) : []),
    ...(opts.listOnly ? ['--test-only'] : []),
    '--import', reporter,
    '--test-reporter', reporter,
    '--test-reporter-destination', 'stdout',
    opts.testFile,
  ];
  const secret = channelSecret();
  const run = await runChild(process.execPath, args, { cwd: dirname(opts.learnerFile), env, timeoutMs: opts.timeoutMs, channel: secret, ...(opts.running ? { spawned: opts.running } : {}), ...(opts.signal ? { signal: opts.signal } : {}) });
  return { run, ...parseChannel<ReportLine>(run.channel, secret) };
}
