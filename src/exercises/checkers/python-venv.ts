import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../../core/errors.js';
import { randomHex } from '../../core/random-hex.js';
import { runFile } from '../../core/run-file.js';
import type { PythonInterpreter } from '../../core/python-interpreter.js';

/** A virtual environment holding an exercise's third-party requirements. */
export interface ExerciseVenv {
  /** its interpreter: runs the checks instead of the base one */
  executable: string;
  /** the folder the learner's code may read (the rest of the cache stays closed) */
  sitePackages: string;
}

const MARKER = '.backend-roadmap-installed';
const building = new Map<string, Promise<ExerciseVenv>>();

/** `SQLAlchemy>=2,<3` → `SQLAlchemy`: what the learner is told is missing. */
export const requirementName = (spec: string) => /^[A-Za-z0-9._-]+/.exec(spec.trim())?.[0] ?? spec.trim();

/** Its output, with the error's message when it printed no error of its own (not found, timed out). */
async function run(command: string, args: string[], timeoutMs: number): Promise<{ ok: boolean; output: string }> {
  // pip's own settings (index, find-links, certificates) come from the environment: runFile keeps it.
  const { ok, stdout, stderr, error } = await runFile(command, args, { timeoutMs, maxBuffer: 16 * 1024 * 1024 });
  return { ok, output: `${stdout}\n${stderr}${error && !stderr.trim() ? `\n${error.message}` : ''}` };
}

/** pip's last word, without its warnings: "No matching distribution found for …". */
function reason(output: string): string {
  const lines = output.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('WARNING'));
  const last = lines.findLast((l) => l.startsWith('ERROR')) ?? lines.at(-1) ?? 'no output';
  return last.replace(/^ERROR:\s*/, '');
}

/**
 * The venv for these requirements and this interpreter, created once under `cacheDir`
 * (`python3 -m venv`, then `pip install --retries 0`) and reused after: the key is the sorted
 * requirements, the interpreter's path and its version. It is built in a folder of its own and
 * renamed into place when complete, so two checks at once never use a half-installed one.
 * Building one first prunes the cache (`pruneVenvs`): venvs unused for 30 days, killed builds.
 * Throws a UserError naming the packages and pip's reason when it cannot be made.
 */
export async function exerciseVenv(python: PythonInterpreter, requires: string[], cacheDir: string, notify?: (message: string) => void): Promise<ExerciseVenv> {
  const sorted = [...new Set(requires.map((r) => r.trim()))].sort();
  const key = createHash('sha256').update(JSON.stringify([sorted, python.executable, python.version])).digest('hex').slice(0, 16);
  const dir = join(cacheDir, 'python-venvs', key);
  const pending = building.get(dir);
  if (pending) return pending;
  const made = ensure(python, sorted, dir, notify).finally(() => building.delete(dir));
  building.set(dir, made);
  return made;
}

function venvPaths(dir: string, version: PythonInterpreter['version']): ExerciseVenv {
  return process.platform === 'win32'
    ? { executable: join(dir, 'Scripts', 'python.exe'), sitePackages: join(dir, 'Lib', 'site-packages') }
    : { executable: join(dir, 'bin', 'python'), sitePackages: join(dir, 'lib', `python${version[0]}.${version[1]}`, 'site-packages') };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Frees the space of venvs (~58 MB each) not used for 30 days, and of builds that were killed
 * (a `<key>.tmp-<hex>` older than an hour: a build gives up after 12 minutes). `keep` is never
 * removed. A folder in use cannot go: using a venv touches its marker (see `ensure`).
 * Best effort: a folder that cannot be removed (Windows: a running python.exe) stays.
 */
export function pruneVenvs(venvsDir: string, keep: string, now = Date.now()): void {
  let entries: string[];
  try {
    entries = readdirSync(venvsDir);
  } catch {
    return; // no cache yet
  }
  for (const entry of entries) {
    const path = join(venvsDir, entry);
    if (entry === basename(keep)) continue;
    const temp = /^[0-9a-f]{16}\.tmp-[0-9a-f]+$/.test(entry);
    if (!temp && !/^[0-9a-f]{16}$/.test(entry)) continue; // not ours
    try {
      // a venv's age is its marker's; one without (damaged) goes by its folder
      const used = (temp ? undefined : statSync(join(path, MARKER), { throwIfNoEntry: false })) ?? statSync(path);
      if (now - used.mtimeMs > (temp ? HOUR : 30 * DAY)) rmSync(path, { recursive: true, force: true });
    } catch {
      // gone meanwhile, or in use
    }
  }
}

async function ensure(python: PythonInterpreter, requires: string[], dir: string, notify?: (message: string) => void): Promise<ExerciseVenv> {
  const marker = statSync(join(dir, MARKER), { throwIfNoEntry: false });
  if (marker) {
    // its last use, for pruneVenvs; once a day is precise enough and spares a write per check
    const now = Date.now();
    try {
      if (now - marker.mtimeMs > DAY) utimesSync(join(dir, MARKER), now / 1000, now / 1000);
    } catch {
      // a read-only cache: the venv still works
    }
    return venvPaths(dir, python.version);
  }
  pruneVenvs(dirname(dir), dir);
  const names = requires.map(requirementName).join(', ');
  notify?.(`Installing ${names} for this exercise's checks with pip (first time only, up to a minute)…`);
  const fail = (why: string) => new UserError(`this exercise needs ${names}: pip could not install ${requires.length === 1 ? 'it' : 'them'}: ${why}`);
  const temp = `${dir}.tmp-${randomHex(4)}`;
  mkdirSync(join(dir, '..'), { recursive: true });
  try {
    const created = await run(python.executable, ['-m', 'venv', temp], 120_000);
    if (!created.ok) throw fail(`python -m venv failed: ${reason(created.output)}`);
    const { executable } = venvPaths(temp, python.version);
    const pip = ['-m', 'pip', 'install', '--quiet', '--retries', '0', '--disable-pip-version-check', '--no-input', ...requires];
    const installed = await run(executable, pip, 600_000);
    if (!installed.ok) throw fail(reason(installed.output));
    writeFileSync(join(temp, MARKER), `${requires.join('\n')}\n`);
    try {
      renameSync(temp, dir);
    } catch (error) {
      // another process finished the same venv first: use theirs
      if (!existsSync(join(dir, MARKER))) throw error;
    }
    return venvPaths(dir, python.version);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
