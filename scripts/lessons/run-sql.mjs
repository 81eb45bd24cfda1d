import { PGlite } from '@electric-sql/pglite';

/**
 * One PostgreSQL (PGlite) per track: the lessons' SQL blocks run in order on it, so week 6 builds
 * on week 5's blog tables and a block naming a column the schema does not have fails.
 * Attributes: `error` must fail (and, when the block has a `-- ERROR: …` comment, with that
 * message); `norun` runs inside a rolled-back transaction where only a syntax error counts;
 * `isolated` runs in a schema of its own (an interview question with its own tables).
 */
export async function openSqlTrack() {
  const db = await PGlite.create();
  let isolated = 0;
  return {
    async check(block) {
      if (block.attrs.includes('norun')) return syntaxOnly(db, block.code);
      if (block.attrs.includes('isolated')) {
        isolated += 1;
        await db.exec(`CREATE SCHEMA isolated_${isolated}; SET search_path TO isolated_${isolated}`);
      }
      try {
        return judge(block, await attempt(db, block.code));
      } finally {
        if (block.attrs.includes('isolated')) await db.exec('SET search_path TO public');
      }
    },
    close: () => db.close(),
  };
}

async function attempt(db, code) {
  try {
    await db.exec(code);
    return undefined;
  } catch (err) {
    await db.exec('ROLLBACK').catch(() => {});
    return err;
  }
}

function judge(block, err) {
  if (!block.attrs.includes('error')) return { mode: 'run', ok: !err, message: err?.message ?? '' };
  if (!err) return { mode: 'run', ok: false, message: 'marked `error` but ran without one' };
  const expected = /--\s*ERROR:\s*(.+)$/m.exec(block.code)?.[1]?.trim();
  const ok = expected === undefined || expected.includes(err.message);
  return { mode: 'run', ok, message: ok ? '' : `expected ERROR: ${expected}, got: ${err.message}` };
}

async function syntaxOnly(db, code) {
  await db.exec('BEGIN');
  const err = await attempt(db, code);
  await db.exec('ROLLBACK').catch(() => {});
  const syntax = err?.code === '42601';
  return { mode: 'syntax', ok: !syntax, message: syntax ? err.message : '', note: 'norun' };
}
