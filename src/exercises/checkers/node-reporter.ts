/**
 * A node:test reporter that turns runner events into JSON lines the checker reads back:
 *   {"kind":"start","name":…}                      a case began (to name the one that hangs)
 *   {"kind":"case","name":…,"passed":…,"expected"?,"actual"?,"message"?}
 *
 * It runs inside the test process, loaded from a data: URL. It is kept as JavaScript source here
 * because tsc only emits .ts files, and a function's own toString() is rewritten by vitest's
 * transform: a plain string behaves the same from dist/ and from sources under test.
 *
 * Lines are appended synchronously: when a learner's endless loop gets the process killed,
 * everything reported up to then is already on disk.
 */
const REPORTER_SOURCE = String.raw`
import { appendFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';

const out = process.env.BACKEND_ROADMAP_REPORT_FILE;
const learner = process.env.EXERCISE_FILE ?? '';
const learnerUrl = learner ? pathToFileURL(learner).href : '';
const show = (v) => inspect(v, { depth: 4, breakLength: 100, maxArrayLength: 20, maxStringLength: 400 });
const emit = (o) => appendFileSync(out, JSON.stringify(o) + '\n');

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

export default async function* reporter(source) {
  const names = [];
  const hasChildren = [];
  for await (const event of source) {
    const d = event.data;
    if (event.type === 'test:start') {
      names[d.nesting] = d.name;
      names.length = d.nesting + 1;
      hasChildren[d.nesting] = false;
      if (d.nesting > 0) hasChildren[d.nesting - 1] = true;
      emit({ kind: 'start', name: names.join(' › ') });
    } else if (event.type === 'test:pass' || event.type === 'test:fail') {
      if (d.skip || d.todo || d.details?.type === 'suite') continue;
      const name = [...names.slice(0, d.nesting), d.name].join(' › ');
      const error = d.details?.error;
      // A parent's own result only matters when it failed by itself, not because a subtest did.
      if (hasChildren[d.nesting] && (event.type === 'test:pass' || error?.failureType === 'subtestsFailed')) continue;
      if (event.type === 'test:pass') emit({ kind: 'case', name, passed: true });
      else emit({ kind: 'case', name, passed: false, ...(error ? describeFailure(error) : {}) });
    }
  }
}
`;

/** The reporter as an importable module URL for `--test-reporter`. */
export function reporterModuleUrl(): string {
  return `data:text/javascript,${encodeURIComponent(REPORTER_SOURCE)}`;
}
