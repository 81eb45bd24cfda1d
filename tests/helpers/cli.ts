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

export interface Sandbox {
  home: string;
  workspace: string;
  run: (args: string[], options?: Options) => Promise<{ exitCode: number; stdout: string; stderr: string }>;
}

/** A temp data dir + workspace; `run` executes the built CLI there, never waiting for input. */
export function sandbox(): Sandbox {
  const root = tempDir('brm-e2e-');
  const home = join(root, 'data');
  const workspace = join(root, 'ws');
  const run: Sandbox['run'] = async (args, options = {}) => {
    const result = await execa(process.execPath, [binPath, ...args], {
      cwd: root,
      reject: false,
      stdin: 'ignore',
      timeout: 60_000,
      ...options,
      env: { BACKEND_ROADMAP_HOME: home, NO_COLOR: '1', DEBUG: '', ...notUnderNpm, ...options.env },
    });
    return { exitCode: result.exitCode ?? -1, stdout: String(result.stdout), stderr: String(result.stderr) };
  };
  return { home, workspace, run };
}

export async function initialised(track: 'node' | 'python' = 'node'): Promise<Sandbox> {
  const box = sandbox();
  const r = await box.run(['init', '--name', 'Test Learner', '--track', track, '--hours', '6', '--start', '2026-11-01', '--dir', box.workspace, '--yes']);
  if (r.exitCode !== 0) throw new Error(`init failed: ${r.stderr}`);
  return box;
}
