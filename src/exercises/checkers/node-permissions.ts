import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What a learner's test process may touch besides the test file itself. */
export interface Sandbox {
  testFile: string;
  /** the learner's workspace: readable and writable */
  workspace: string;
  /** a folder of this run only: readable and writable */
  tempDir: string;
  /** what the exercise needs beyond files: a test that runs the learner's code in children, a native addon */
  allow?: ('child-process' | 'addons')[];
}

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);

/**
 * Node's permission model, where the running Node has it: `--experimental-permission` from 20.0,
 * stable as `--permission` from 22.13 and 23.5 (tests compare this with
 * process.allowedNodeEnvironmentFlags, whose first use costs ~2 ms of every verify).
 */
export const permissionFlag: string | undefined =
  major > 23 || (major === 23 && minor >= 5) || (major === 22 && minor >= 13) ? '--permission' : major >= 20 ? '--experimental-permission' : undefined;

/** Where `name` is installed as seen from `fromDir`: Node's own node_modules lookup, upwards. */
function installedDir(name: string, fromDir: string): string | undefined {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The folders of the packages a test file imports by name (e.g. zod, better-sqlite3) and of their
 * own dependencies (better-sqlite3 loads `bindings`): read access to these, not to a whole
 * node_modules, which may hold this package and its solutions.
 */
function importedPackageDirs(testFile: string): string[] {
  const source = readFileSync(testFile, 'utf8');
  const names = [...source.matchAll(/\bfrom\s+['"]([^'"./][^'"]*)['"]|\bimport\(\s*['"]([^'"./][^'"]*)['"]\s*\)/g)]
    .map((m) => (m[1] ?? m[2])!)
    .filter((s) => !s.startsWith('node:'))
    .map((s) => s.split('/').slice(0, s.startsWith('@') ? 2 : 1).join('/'));
  const found = new Set<string>();
  const visit = (name: string, fromDir: string) => {
    const dir = installedDir(name, fromDir);
    if (!dir || found.has(dir)) return; // not installed: the test fails on its import and says so
    found.add(dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const dep of Object.keys(manifest.dependencies ?? {})) visit(dep, dir);
  };
  for (const name of new Set(names)) visit(name, dirname(testFile));
  return [...found];
}

/**
 * Flags that let the test process read only the test, the packages it imports and the workspace,
 * and write only the workspace and a temp folder: no reference solutions, no other exercise, no
 * data folder, no child processes, workers or addons unless the exercise allows them. Empty when this
 * Node has no permission model.
 */
export function permissionArgs(sandbox: Sandbox): string[] {
  if (!permissionFlag) return [];
  const read = [sandbox.testFile, sandbox.workspace, sandbox.tempDir, ...importedPackageDirs(sandbox.testFile)];
  const write = [sandbox.workspace, sandbox.tempDir];
  return [
    permissionFlag,
    ...(permissionFlag === '--experimental-permission' ? ['--disable-warning=ExperimentalWarning'] : []),
    ...read.map((p) => `--allow-fs-read=${p}`),
    ...write.map((p) => `--allow-fs-write=${p}`),
    ...(sandbox.allow ?? []).map((what) => `--allow-${what}`),
  ];
}
