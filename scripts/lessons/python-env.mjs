import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess } from './run-process.mjs';

// What the lessons' Python examples import, as the Python templates pin them (DESIGN §7).
const REQUIREMENTS = [
  'fastapi>=0.115,<1', 'pydantic[email]>=2.9,<3', 'pydantic-settings>=2.5,<3', 'sqlalchemy[asyncio]>=2.0,<3',
  'psycopg[binary]>=3.2,<4', 'redis>=5,<9', 'pyjwt>=2.10,<3', 'bcrypt>=4.1', 'argon2-cffi>=23',
  'httpx>=0.27', 'pytest>=8', 'alembic>=1.13',
];

/** Python's standard-library module names, from the interpreter itself. */
export async function stdlibModules(python) {
  const { output } = await runProcess(python, ['-c', 'import sys, json; print(json.dumps(sorted(sys.stdlib_module_names)))']);
  return new Set(JSON.parse(output));
}

/**
 * A virtual environment with the lessons' third-party packages, cached by the hash of the list
 * (pip reads the local index only: `--retries 0`). Returns its python, or undefined when pip fails.
 */
export async function lessonsVenv(cacheDir) {
  const hash = createHash('sha256').update(REQUIREMENTS.join('\n')).digest('hex').slice(0, 12);
  const venv = join(cacheDir, `venv-${hash}`);
  const python = join(venv, 'bin', 'python');
  const marker = join(venv, '.installed');
  if (existsSync(marker)) return python;
  mkdirSync(cacheDir, { recursive: true });
  const created = await runProcess('python3', ['-m', 'venv', '--clear', venv], { timeout: 120_000 });
  const installed = !created.ok ? created : await runProcess(python, ['-m', 'pip', 'install', '-q', '--retries', '0', '--timeout', '5', ...REQUIREMENTS],
    { timeout: 180_000, env: { ...process.env, PIP_RETRIES: '0' } });
  if (!installed.ok) {
    const why = installed.output.split('\n').filter((l) => !l.startsWith('WARNING')).at(-1);
    console.log(`WARNING: could not build the Python venv (${why}); third-party blocks are syntax-checked only`);
    return undefined;
  }
  writeFileSync(marker, `${REQUIREMENTS.join('\n')}\n`);
  return python;
}

/** Which of these top-level module names the interpreter can import. */
export async function importable(python, names) {
  if (names.length === 0) return new Set();
  const probe = 'import sys, json, importlib.util as u; print(json.dumps([n for n in sys.argv[1:] if u.find_spec(n)]))';
  const { ok, output } = await runProcess(python, ['-c', probe, ...names]);
  return new Set(ok ? JSON.parse(output.split('\n').at(-1)) : []);
}
