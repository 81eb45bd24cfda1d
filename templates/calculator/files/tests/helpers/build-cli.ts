import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the compiled CLI (dist/cli.js inside a scratch folder). */
    cliPath: string;
  }
}

/**
 * Vitest global setup: compiles the project with tsc once, so the e2e tests run the real
 * built program (`node dist/cli.js ...`) without touching ./dist.
 *
 * The output goes to node_modules/.cache/e2e-cli/: inside the project, so imports of
 * packages still resolve from ./node_modules. A copy of package.json beside dist/ marks the
 * .js files as ES modules and lets `--version` read the version.
 */
export default function setup(project: TestProject): () => void {
  const root = path.resolve(import.meta.dirname, '..', '..');
  const outRoot = path.join(root, 'node_modules', '.cache', 'e2e-cli');
  const outDir = path.join(outRoot, 'dist');
  rmSync(outRoot, { recursive: true, force: true });
  mkdirSync(outRoot, { recursive: true });

  const require = createRequire(import.meta.url);
  const tsc = require.resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', outDir], {
    cwd: root,
    stdio: 'inherit',
  });
  copyFileSync(path.join(root, 'package.json'), path.join(outRoot, 'package.json'));

  project.provide('cliPath', path.join(outDir, 'cli.js'));
  return () => rmSync(outRoot, { recursive: true, force: true });
}
