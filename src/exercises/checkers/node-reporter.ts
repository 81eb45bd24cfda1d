/**
 * A node:test reporter that turns runner events into JSON lines on a private channel (fd 3):
 *   {"kind":"start","name":…}                      a case began (to name the one that hangs)
 *   {"kind":"case","name":…,"passed":…,"expected"?,"actual"?,"message"?}
 *   {"kind":"skip","name":…}                       a case that did not run (how case lists are made)
 *   {"kind":"end"}                                 the runner finished: every case was reported
 *   {"kind":"tampered"}                            something else constructed the reporter
 *
 * The learner's code runs in the same process, so the channel must not be forgeable from there:
 * - the module is also preloaded (`--import`, same URL, hence the same instance) and reads a secret
 *   the checker writes on fd 3 before any learner code runs; every line starts with it. The secret
 *   lives only in a Buffer (heap snapshots leave backing stores out) and is never in env or argv;
 * - only node's test runner may construct the reporter, once (checked on the caller's stack frame);
 * - the functions it writes with are captured before learner code runs, node:assert is frozen, and
 *   Error.prepareStackTrace is locked so a stack cannot be faked.
 * The checker also reconciles the reported cases with the test's own list (node-cases.ts).
 *
 * It is kept as JavaScript source here because tsc only emits .ts files, and a function's own
 * toString() is rewritten by vitest's transform: a plain string behaves the same from dist/ and
 * from sources under test. Lines are written synchronously: when a learner's endless loop gets the
 * process killed, everything reported up to then has been sent.
 */
const REPORTER_SOURCE = String.raw`
import fs from 'node:fs';
import assert from 'node:assert';
import strict from 'node:assert/strict';
import { Transform } from 'node:stream';
import { pathToFileURL } from 'node:url';
import util from 'node:util';

const { readSync, writeSync } = fs;
const inspect = util.inspect;
const stringify = JSON.stringify;
const concat = Buffer.concat;
const from = Buffer.from;
const SECRET_BYTES = 64;

const secret = Buffer.allocUnsafeSlow(SECRET_BYTES);
for (let n = 0; n < SECRET_BYTES; ) {
  try {
    const got = readSync(3, secret, n, SECRET_BYTES - n, null);
    if (got === 0) throw new Error('backend-roadmap: the report channel closed early');
    n += got;
  } catch (error) {
    if (error.code !== 'EAGAIN') throw error;
  }
}
Object.freeze(assert);
Object.freeze(strict);
Object.defineProperty(Error, 'prepareStackTrace', { value: undefined, writable: false, configurable: false });

const emit = (o) => writeSync(3, concat([secret, from(' ' + stringify(o) + '\n')]));
const learner = process.env.EXERCISE_FILE ?? '';
const learnerUrl = learner ? pathToFileURL(learner).href : '';
const show = (v) => inspect(v, { depth: 4, breakLength: 100, maxArrayLength: 20, maxStringLength: 400 });

// Only node's test runner constructs reporters (internal/test_runner/utils), and only once.
let constructed = false;
function constructedByRunner() {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 10;
  const stack = String(new Error().stack).split('\n');
  Error.stackTraceLimit = limit;
  const caller = stack[3] ?? '';
  const genuine = !constructed && /\(?node:internal\/test_runner\//.test(caller);
  constructed = true;
  return genuine;
}

// First stack frame inside the learner's file, e.g. "/ws/week-01/x.js:4:11".
function learnerFrame(stack) {
  if (typeof stack !== 'string' || !learner) return undefined;
  for (const frame of stack.split('\n').slice(1)) {
    const m = /\((.*):(\d+):(\d+)\)$|at (.*):(\d+):(\d+)$/.exec(frame.trim());
    const file = m && (m[1] ?? m[4]);
    if (file === learner || file === learnerUrl) return learner + ':' + (m[2] ?? m[5]) + ':' + (m[3] ?? m[6]);
  }
  return undefined;
}

function describeAssertion(cause) {
  const lines = String(cause.message).split('\n').map((l) => l.trim()).filter(Boolean);
  let message = cause.message;
  if (cause.generatedMessage) {
    // "Expected values to be strictly equal" only restates what expected/actual show.
    if (/^Expected (values|"actual")/.test(lines[0] ?? '')) message = undefined;
    else if (/^The expression evaluated to a falsy value/.test(lines[0] ?? '')) message = 'Expected a truthy value: ' + (lines[1] ?? '');
    else message = lines[0];
  }
  if (cause.operator === 'fail') return { message };
  return { expected: show(cause.expected), actual: show(cause.actual), ...(message ? { message } : {}) };
}

function describeFailure(error) {
  if (error.failureType === 'testTimeoutFailure') return { message: 'The case timed out: a promise that never settles?' };
  const cause = error.cause ?? error;
  if (cause && typeof cause === 'object' && cause.code === 'ERR_ASSERTION') return describeAssertion(cause);
  if (cause && typeof cause === 'object' && 'message' in cause) {
    const where = learnerFrame(cause.stack);
    return { message: (cause.name ?? 'Error') + ': ' + cause.message + (where ? ' (at ' + where + ')' : '') };
  }
  return { message: 'threw ' + show(cause) };
}

export default class Reporter extends Transform {
  #names = [];
  #hasChildren = [];

  constructor() {
    super({ writableObjectMode: true });
    if (!constructedByRunner()) {
      emit({ kind: 'tampered' });
      throw new Error('backend-roadmap: the test reporter may only be used by the test runner');
    }
  }

  _transform(event, _encoding, done) {
    const d = event.data;
    const names = this.#names;
    const hasChildren = this.#hasChildren;
    if (event.type === 'test:start') {
      names[d.nesting] = d.name;
      names.length = d.nesting + 1;
      hasChildren[d.nesting] = false;
      if (d.nesting > 0) hasChildren[d.nesting - 1] = true;
      emit({ kind: 'start', name: names.join(' › ') });
    } else if (event.type === 'test:pass' || event.type === 'test:fail') {
      const name = [...names.slice(0, d.nesting), d.name].join(' › ');
      const error = d.details?.error;
      if (d.details?.type === 'suite') {
        // nothing: a suite's cases are reported one by one
      } else if (d.skip || d.todo) emit({ kind: 'skip', name });
      // A parent's own result only matters when it failed by itself, not because a subtest did.
      else if (hasChildren[d.nesting] && (event.type === 'test:pass' || error?.failureType === 'subtestsFailed')) {
        // nothing
      } else if (event.type === 'test:pass') emit({ kind: 'case', name, passed: true });
      else emit({ kind: 'case', name, passed: false, ...(error ? describeFailure(error) : {}) });
    }
    done();
  }

  _flush(done) {
    emit({ kind: 'end' });
    done();
  }
}
`;

/** The reporter as an importable module URL, for both `--import` and `--test-reporter`. */
export function reporterModuleUrl(): string {
  return `data:text/javascript,${encodeURIComponent(REPORTER_SOURCE)}`;
}
