import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from './atomic-write.js';
import { UserError } from './errors.js';
import { runFile } from './run-file.js';

/** The real interpreter behind `python3` (a pyenv-style shim costs ~85 ms per start, so we skip it). */
export interface PythonInterpreter {
  executable: string;
  version: [number, number, number];
  /** the command it was found through: python3, python, or $BACKEND_ROADMAP_PYTHON */
  command: string;
}

export const MIN_PYTHON: [number, number] = [3, 11];
const INSTALL = 'Install Python 3.11 or newer (https://www.python.org/downloads/, or your package manager), then run: backend-roadmap doctor';
const PROBE = 'import sys, json; print(json.dumps({"executable": sys.executable, "version": list(sys.version_info[:3])}))';

function candidates(): string[] {
  const chosen = process.env.BACKEND_ROADMAP_PYTHON;
  if (chosen) return [chosen];
  return process.platform === 'win32' ? ['python', 'python3'] : ['python3', 'python'];
}

async function probe(command: string): Promise<PythonInterpreter | undefined> {
  const { ok, stdout } = await runFile(command, ['-I', '-c', PROBE], { timeoutMs: 10_000 });
  if (!ok) return undefined;
  try {
    const { executable, version } = JSON.parse(stdout) as { executable: string; version: [number, number, number] };
    return executable ? { executable, version, command } : undefined;
  } catch {
    return undefined;
  }
}

export const formatVersion = (v: readonly number[]) => v.join('.');
export const isSupported = (v: readonly number[]) => v[0]! > MIN_PYTHON[0] || (v[0] === MIN_PYTHON[0] && v[1]! >= MIN_PYTHON[1]);

/** Every candidate that answers, supported or not (doctor shows what it found). */
export async function findPython(): Promise<PythonInterpreter | undefined> {
  let fallback: PythonInterpreter | undefined;
  for (const command of candidates()) {
    const found = await probe(command);
    if (found && isSupported(found.version)) return found;
    fallback ??= found;
  }
  return fallback;
}

interface CacheEntry extends PythonInterpreter {
  /** the PATH and override it was resolved under: a different one re-resolves */
  key: string;
  mtimeMs: number;
}

const cacheKey = () => `${process.env.BACKEND_ROADMAP_PYTHON ?? ''}|${process.env.PATH ?? ''}`;

function readCache(file: string): PythonInterpreter | undefined {
  try {
    const entry = JSON.parse(readFileSync(file, 'utf8')) as CacheEntry;
    if (entry.key !== cacheKey() || !existsSync(entry.executable)) return undefined;
    if (statSync(entry.executable).mtimeMs !== entry.mtimeMs) return undefined;
    return { executable: entry.executable, version: entry.version, command: entry.command };
  } catch {
    return undefined; // missing or damaged: resolve again
  }
}

/**
 * The interpreter the Python checks use, ≥ 3.11, resolved once and cached in the data folder
 * (keyed by PATH and the executable's mtime, so an upgrade or a new PATH is noticed).
 * Throws a UserError (exit 1) saying what to install when there is none.
 */
export async function resolvePython(cacheDir: string): Promise<PythonInterpreter> {
  const file = join(cacheDir, 'python.json');
  const cached = readCache(file);
  if (cached) return cached;
  const found = await findPython();
  if (!found) throw new UserError(`No Python found (tried ${candidates().join(', ')}). ${INSTALL}`, 1);
  if (!isSupported(found.version)) {
    throw new UserError(`Python ${formatVersion(found.version)} (${found.executable}) is too old for the Python exercises. ${INSTALL}`, 1);
  }
  mkdirSync(cacheDir, { recursive: true });
  const entry: CacheEntry = { ...found, key: cacheKey(), mtimeMs: statSync(found.executable).mtimeMs };
  writeAtomic(file, JSON.stringify(entry));
  return found;
}
