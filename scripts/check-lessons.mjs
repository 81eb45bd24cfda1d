// `npm run check:lessons`: the lessons are executable documentation. Every fenced block of every
// lesson is run or, when it cannot run here, syntax-checked — per track, because a lesson shows
// each learner the blocks of their track — and the run ends non-zero if any block fails.
// SQL runs in order on one PGlite database per track (week 5 creates the blog schema, later
// weeks use it); JavaScript with node, Python with python3 (third-party imports in a cached venv
// from the local package index); YAML/JSON parsed; shell `bash -n`; Dockerfiles through the static
// rules of week 13's exercise. Fence attributes: ```js norun (syntax check only), ```sql error
// (must fail), ```sql isolated (own schema). `// → value` / `# → value` comments are compared
// with what the line printed; `// → value  (note)` adds a note that is not compared
// (lessons/expected-output.mjs).
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkData } from './lessons/check-data.mjs';
import { importable, lessonsVenv, stdlibModules } from './lessons/python-env.mjs';
import { checkJavaScript } from './lessons/run-javascript.mjs';
import { checkPython, pythonImports } from './lessons/run-python.mjs';
import { runProcess } from './lessons/run-process.mjs';
import { openSqlTrack } from './lessons/run-sql.mjs';

const root = new URL('../', import.meta.url).pathname;
const { loadWeeks, readLesson } = await import(new URL('dist/curriculum/load.js', `file://${root}`));
const { lessonBlocks } = await import(new URL('dist/curriculum/lesson-blocks.js', `file://${root}`));

const cache = join(root, 'node_modules', '.cache', 'check-lessons');
const work = join(cache, 'blocks');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const weeks = loadWeeks().map((week) => ({ week, blocks: lessonBlocks(readLesson(week)) }));
const all = weeks.flatMap(({ week, blocks }) => withContinuations(blocks).map((block) => ({ week: week.week, block })));
// `--week N`: only week N's non-SQL blocks (SQL always runs from week 1, it builds on earlier weeks)
const onlyWeek = process.argv.includes('--week') ? Number(process.argv[process.argv.indexOf('--week') + 1]) : undefined;
const python = await pythonEnv(all.filter((b) => onlyWeek === undefined || b.week === onlyWeek).filter((b) => b.block.lang === 'python' || b.block.lang === 'py'));

// SQL blocks run in order, one database per track; the other blocks are independent and run a few at a time.
async function runSql() {
  const rows = [];
  for (const track of ['node', 'python']) {
    const sql = await openSqlTrack();
    for (const { week, block } of all.filter((b) => b.block.lang === 'sql' && (b.block.track ?? track) === track)) {
      rows.push({ where: `${place(week, block)} [${track}]`, lang: 'sql', ...(await sql.check(block)) });
    }
    await sql.close();
  }
  return rows;
}
const others = all.filter((b) => b.block.lang !== 'sql' && (onlyWeek === undefined || b.week === onlyWeek));
const [sqlRows, otherRows] = await Promise.all([runSql(), inPool(others, 4, ({ week, block }) =>
  checkBlock(block, `w${week}-l${block.line}`).then((r) => ({ where: place(week, block), lang: block.lang || 'none', ...r })))]);
report([...sqlRows, ...otherRows]);

/** ```js continues: the block runs after the lesson's previous block of its language (which defined `users`…). */
function withContinuations(blocks) {
  const last = new Map();
  return blocks.map((block) => {
    const before = block.attrs.includes('continues') ? last.get(block.lang) : undefined;
    const out = before ? { ...block, prefix: `${before.prefix ?? ''}${before.code}` } : block;
    last.set(block.lang, out);
    return out;
  });
}

function place(week, block) {
  return `week ${String(week).padStart(2, '0')} lesson.md:${block.line} ${block.lang || '(no language)'}`;
}

async function inPool(items, size, run) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: size }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await run(items[i]);
    }
  }));
  return out;
}

function checkBlock(block, name) {
  switch (block.lang) {
    case 'js': case 'javascript': case 'mjs': case 'ts': case 'typescript': return checkJavaScript(block, work, name);
    case 'python': case 'py': return checkPython(block, work, name, python);
    default: return checkData(block, work, name).then((r) => r ?? { mode: 'skipped', ok: true, message: '' });
  }
}

async function pythonEnv(blocks) {
  // the real interpreter, not pyenv's shim (which costs ~85 ms a start)
  const python = (await runProcess('python3', ['-c', 'import sys; print(sys.executable)'])).output.split('\n').at(-1);
  const stdlib = await stdlibModules(python);
  const thirdParty = [...new Set(blocks.flatMap(({ block }) => pythonImports(block.code)).filter((m) => !stdlib.has(m)))];
  const venvPython = thirdParty.length > 0 ? await lessonsVenv(cache) : undefined;
  return { python, venvPython, stdlib, available: venvPython ? await importable(venvPython, thirdParty) : new Set() };
}


function report(rows) {
  const failed = rows.filter((r) => !r.ok);
  for (const r of failed) console.log(`FAIL ${r.where}${r.note ? ` (${r.note})` : ''}\n${indent(r.message)}`);
  const byLang = new Map();
  for (const r of rows) {
    const tally = byLang.get(r.lang) ?? { blocks: 0, run: 0, syntax: 0, skipped: 0, failed: 0 };
    tally.blocks += 1;
    tally[r.mode] += 1;
    if (!r.ok) tally.failed += 1;
    byLang.set(r.lang, tally);
  }
  console.log('\nlanguage     blocks  run  syntax-checked  not code  failing');
  for (const [lang, t] of [...byLang].sort((a, b) => b[1].blocks - a[1].blocks)) {
    console.log(`${lang.padEnd(12)} ${String(t.blocks).padStart(6)} ${String(t.run).padStart(4)} ${String(t.syntax).padStart(15)} ${String(t.skipped).padStart(9)} ${String(t.failed).padStart(8)}`);
  }
  console.log(`\n${rows.length} blocks checked (SQL once per track), ${failed.length} failing`);
  process.exitCode = failed.length > 0 ? 1 : 0;
}

function indent(text) {
  return text.split('\n').slice(0, 12).map((l) => `    ${l}`).join('\n');
}
