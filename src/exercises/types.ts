import type { Exercise } from '../curriculum/schema.js';

/** Everything a checker needs to judge one learner file. */
export interface CheckContext {
  exercise: Exercise;
  /** curriculum/exercises/<id> — holds the hidden test, seed and reference solution */
  exerciseDir: string;
  /** absolute path of the file being judged (the learner's, or starter/solution in check:curriculum) */
  learnerFile: string;
  /** the learner's workspace: all the learner's code may write to (default: the learner file's folder) */
  workspace?: string;
  /** hard limit for learner code; a checker must stop it and say so */
  timeoutMs: number;
  /** writable cache folder (e.g. a PGlite snapshot) */
  cacheDir: string;
  /** tells the learner about a slow one-time step (the CLI prints it; tests may omit it) */
  notify?: (message: string) => void;
  /** called once the check runs in its own process or thread: the CLI loads its report meanwhile */
  running?: () => void;
  /** aborted when the check's result is no longer wanted: a checker running a child process kills it */
  signal?: AbortSignal;
  /** set by `exercise watch`: where a checker may keep something warm for the next check */
  warm?: WarmStore;
}

/** Something a checker keeps between checks, e.g. a worker thread with a database ready. */
export interface Warm {
  close(): Promise<void>;
}

/** What checkers keep warm during one `exercise watch`: one thing per key, closed when the watch ends. */
export interface WarmStore {
  get<T extends Warm>(key: string, create: () => T): T;
  close(): Promise<void>;
}

/** One named check, e.g. a test case or a static rule. */
export interface CaseResult {
  name: string;
  passed: boolean;
  expected?: string;
  actual?: string;
  message?: string;
}

export interface CheckResult {
  passed: boolean;
  cases: CaseResult[];
  /** what the learner's code printed (console output), trimmed */
  output: string;
  /** a failure that is not a single case: syntax error, import-time throw, timeout, SQL error */
  error?: string;
}

export interface Checker {
  run(ctx: CheckContext): Promise<CheckResult>;
}
