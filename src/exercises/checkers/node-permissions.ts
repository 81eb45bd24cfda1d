import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, sep } from 'node:path';

/** What a learner's test process may touch besides the test file itself. */
export interface Sandbox {
  testFile: string;
  /** the learner's workspace: readable and writable */
  workspace: string;
  /** a folder of this run only: readable and writable */
  tempDir: string;
}

const major = Number(process.versions.node.split('.')[0]);

/** Node's permission model, where the running Node has it: on 20 it is experimental, on 22+ stable. */
export const permissionFlag: string | undefined = process.allowedNodeEnvironmentFlags.has('--permission')
  ? '--permission'
  : process.allowedNodeEnvironmentFlags.has('--experimental-permission')
    ? '--experimental-permission'
    : undefined;

/**
 * The folders of the packages a test file imports by name (e.g. zod), resolved from the test file:
 * read access to these, not to a whole node_modules, which may hold this package and its solutions.
 */
function importedPackageDirs(testFile: string): string[] {
  const source = readFileSync(testFile, 'utf8');
  const names = [...source.matchAll(/\bfrom\s+['"]([^'"./][^'"]*)['"]|\bimport\(\s*['"]([^'"./][^'"]*)['"]\s*\)/g)]
    .map((m) => (m[1] ?? m[2])!)
    .filter((s) => !s.startsWith('node:'))
    .map((s) => s.split('/').slice(0, s.startsWith('@') ? 2 : 1).join('/'));
  const require = createRequire(testFile);
  return [...new Set(names)].flatMap((name) => {
    try {
      const entry = require.resolve(name);
      const folder = `node_modules${sep}${name.replace('/', sep)}`;
      const at = entry.lastIndexOf(folder);
      return [at < 0 ? dirname(entry) : entry.slice(0, at + folder.length)];
    } catch {
      return []; // not resolvable: the test fails on its import and says so
    }
  });
}

/**
 * Flags that let the test process read only the test, the packages it imports and the workspace,
 * and write only the workspace and a temp folder: no reference solutions, no other exercise, no
 * data folder, no child processes or workers. Empty when this Node has no permission model.
 */
export function permissionArgs(sandbox: Sandbox): string[] {
  if (!permissionFlag) return [];
  const read = [sandbox.testFile, sandbox.workspace, sandbox.tempDir, ...importedPackageDirs(sandbox.testFile)];
  const write = [sandbox.workspace, sandbox.tempDir];
  return [
    permissionFlag,
    ...(major < 22 ? ['--disable-warning=ExperimentalWarning'] : []),
    ...read.map((p) => `--allow-fs-read=${p}`),
    ...write.map((p) => `--allow-fs-write=${p}`),
  ];
}
