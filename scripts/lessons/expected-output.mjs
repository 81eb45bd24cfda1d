// Expected-output comments: `// → value` (JavaScript) and `# → value` (Python) state what the
// line printed — every print or console.log it ran, including those inside functions it called;
// several are joined with " | ". The value is the exact text, trailing spaces ignored. A note for
// the learner may follow the value: two or more spaces, then parentheses that end the comment —
// `// → 1 -1  (sign follows the left operand)`. The note is not compared; a single space keeps
// the parentheses part of the value (`// → Welcome aboard, Ada! (greeting #1)`).
const ARROW = /(?:\/\/|#)\s*→\s?(.*)$/;
const NOTE = /^(.*?) {2,}\(.*\)$/;

/** The value an arrow comment states, without its note; undefined when the line has no arrow. */
export function expectedValue(line) {
  const stated = ARROW.exec(line)?.[1]?.trimEnd();
  if (stated === undefined) return undefined;
  return NOTE.exec(stated)?.[1] ?? stated;
}

/**
 * Compares each arrow comment with what its line printed; returns one message per mismatch.
 * `offset`: lines of earlier blocks run before this one (```js continues).
 */
export function compareExpected(code, printed, offset = 0) {
  const problems = [];
  code.split('\n').forEach((text, index) => {
    const expected = expectedValue(text);
    if (expected === undefined) return;
    const line = offset + index + 1;
    const actual = printed.filter((p) => p.lines.includes(line)).map((p) => p.text).join(' | ');
    if (actual !== expected) problems.push(`line ${index + 1}: expected → ${expected}, printed ${actual === '' ? 'nothing' : actual}`);
  });
  return problems;
}

export function hasExpectations(code) {
  return code.split('\n').some((line) => ARROW.test(line));
}

/** `error` blocks must fail; the others must succeed and print what their arrow comments say. */
export function judge(block, ok, output, printed) {
  if (block.attrs.includes('error')) {
    return { mode: 'run', ok: !ok, message: ok ? 'marked `error` but ran without one' : '' };
  }
  if (!ok) return { mode: 'run', ok, message: output };
  const problems = compareExpected(block.code, printed(), lineCount(block.prefix));
  return { mode: 'run', ok: problems.length === 0, message: problems.join('\n') };
}

/** The source a runner writes: earlier blocks this one continues, then the block. */
export function source(block) {
  return `${block.prefix ?? ''}${block.code}`;
}

function lineCount(text = '') {
  return text === '' ? 0 : text.split('\n').length - 1;
}

/** The configuration the lessons' examples read, as week 10's .env.example spells it (nothing listens there). */
export function lessonEnv(track) {
  return {
    DATABASE_URL: `postgres${track === 'python' ? 'ql+psycopg' : ''}://app:app@127.0.0.1:5432/blog`,
    REDIS_URL: 'redis://127.0.0.1:6379',
    JWT_SECRET: 'check-lessons-placeholder-secret-of-48-characters!!',
    CORS_ORIGINS: 'http://localhost:5173',
  };
}
