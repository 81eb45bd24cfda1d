import { execa, type Options } from 'execa';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './temp.js';

/**
 * `npx vitest` and `npm test` pass npm's variables on to the CLI, which would then suggest
 * `npx backend-roadmap …`; tests see the CLI as an installed bin unless they say otherwise.
 */
export const notUnderNpm = { npm_command: '', npm_lifecycle_event: '', npm_lifecycle_script: '', npm_config_package: '' };

export const binPath = fileURLToPath(new URL('../../bin/backend-roadmap.js', import.meta.url));

export type CliResult = { exitCode: number; stdout: string; stderr: string; timedOut: boolean };
export type CliRunner = (args: string[], options?: Options) => Promise<CliResult>;

/** The built CLI run in `cwd` with `home` as its data folder, never waiting for input. */
export function cliRunner(cwd: string, home: string, timeout = 60_000): CliRunner {
  return async (args, options = {}) => {
    const result = await execa(process.execPath, [binPath, ...args], {
      cwd,
      reject: false,
      stdin: 'ignore',
      timeout,
      ...options,
      env: { BACKEND_ROADMAP_HOME: home, NO_COLOR: '1', DEBUG: '', ...notUnderNpm, ...options.env },
    });
    return { exitCode: result.exitCode ?? -1, stdout: String(result.stdout), stderr: String(result.stderr), timedOut: result.timedOut };
  };
}

export interface Sandbox {
  home: string;
  workspace: string;
  run: CliRunner;
}

/** A temp data dir + workspace; `run` executes the built CLI there, never waiting for input. */
export function sandbox(): Sandbox {
  const root = tempDir('brm-e2e-');
  const home = join(root, 'data');
  return { home, workspace: join(root, 'ws'), run: cliRunner(root, home) };
}

export async function initialised(track: 'node' | 'python' = 'node'): Promise<Sandbox> {
  const box = sandbox();
  const r = await box.run(['init', '--name', 'Test Learner', '--track', track, '--hours', '6', '--start', '2026-11-01', '--dir', box.workspace, '--yes']);
  if (r.exitCode !== 0) throw new Error(`init failed: ${r.stderr}`);
  return box;
}
