import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { judge, lessonEnv, source } from './expected-output.mjs';
import { runProcess } from './run-process.mjs';

const capture = new URL('capture_output.py', import.meta.url).pathname;

/** Top-level module names a Python block imports (relative imports excluded). */
export function pythonImports(code) {
  return [...new Set([...code.matchAll(/^\s*(?:from\s+([A-Za-z_]\w*)[\w.]*\s+import|import\s+([A-Za-z_]\w*))/gm)].map((m) => m[1] ?? m[2]))];
}

/**
 * Runs one Python block (with the venv's interpreter when it imports third-party packages) or,
 * for `norun` blocks and blocks importing what neither interpreter has, compiles it only.
 * `env`: { python, venvPython, stdlib: Set, available: Set } — modules the venv can import.
 */
export async function checkPython(block, dir, name, env) {
  const file = join(dir, `${name}.py`);
  writeFileSync(file, source(block));
  const thirdParty = pythonImports(source(block)).filter((m) => !env.stdlib.has(m));
  const missing = thirdParty.filter((m) => !env.available.has(m));
  if (/^\s*from\s+\./m.test(block.code)) missing.push('modules of its project');
  if (block.attrs.includes('norun') || missing.length > 0) {
    const { ok, output } = await runProcess(env.python, ['-m', 'py_compile', file]);
    return { mode: 'syntax', ok, message: output, note: missing.length ? `needs ${missing.join(', ')}` : 'norun' };
  }
  const outputFile = `${file}.out.json`;
  writeFileSync(outputFile, '[]');
  const python = thirdParty.length > 0 ? env.venvPython : env.python;
  const { ok, output } = await runProcess(python, [capture, file], {
    cwd: dir,
    env: { ...process.env, ...lessonEnv('python'), LESSON_OUTPUT_FILE: outputFile, PYTHONDONTWRITEBYTECODE: '1' },
  });
  return judge(block, ok, output, () => JSON.parse(readFileSync(outputFile, 'utf8')));
}
