import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { join } from 'node:path';
import { judge, lessonEnv, source } from './expected-output.mjs';
import { runProcess } from './run-process.mjs';

const require = createRequire(import.meta.url);
const capture = new URL('capture-output.mjs', import.meta.url).pathname;

/** Modules of its project and packages this checkout cannot resolve (express, pg…): such a block is only syntax-checked. */
function missingPackages(code) {
  const names = [...code.matchAll(/(?:from\s+|import\s+|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
  return names.filter((name) => name.startsWith('.') || (!isBuiltin(name) && !resolvable(name)));
}

function resolvable(name) {
  try {
    require.resolve(name);
    return true;
  } catch {
    return false;
  }
}

function typeScriptSyntax(code) {
  const ts = require('typescript');
  const out = ts.transpileModule(code, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext } });
  return (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/** Runs (or, for `norun` and blocks needing absent packages, syntax-checks) one JavaScript/TypeScript block. */
export async function checkJavaScript(block, dir, name) {
  if (block.lang === 'ts' || block.lang === 'typescript') {
    const errors = typeScriptSyntax(block.code);
    return { mode: 'syntax', ok: errors.length === 0, message: errors.join('; '), note: 'TypeScript: syntax' };
  }
  const commonJs = /\brequire\(/.test(block.code) && !/^\s*import\s/m.test(block.code);
  const file = join(dir, `${name}.${commonJs ? 'cjs' : 'mjs'}`);
  writeFileSync(file, source(block));
  const missing = missingPackages(source(block));
  if (block.attrs.includes('norun') || missing.length > 0) {
    const { ok, output } = await runProcess(process.execPath, ['--check', file]);
    return { mode: 'syntax', ok, message: output, note: missing.length ? `needs ${missing.join(', ')}` : 'norun' };
  }
  const outputFile = `${file}.out.json`;
  writeFileSync(outputFile, '[]');
  const { ok, output } = await runProcess(process.execPath, ['--import', capture, file], {
    cwd: dir,
    env: { ...process.env, ...lessonEnv('node'), LESSON_OUTPUT_FILE: outputFile, NODE_NO_WARNINGS: '1' },
  });
  return judge(block, ok, output, () => JSON.parse(readFileSync(outputFile, 'utf8')));
}
