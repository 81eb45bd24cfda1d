import { execa } from 'execa';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { binPath, notUnderNpm, sandbox } from '../helpers/cli.js';

// bin/ prints `--help` from dist/help-cache.json without loading the program: it must print
// exactly what the full program prints, for every command, both flag spellings and any width.

interface HelpCase {
  args: string[];
  columns: number | null;
  full: string;
  code: number;
  cached: string | null;
}

const helper = fileURLToPath(new URL('../helpers/help-outputs.mjs', import.meta.url));
const bundle = new URL('../../dist/bundle/cli.cjs', import.meta.url).href;

/** The full program, run as its own process: bin/ without the cache. */
async function fullProgram(args: string[], env: Record<string, string>) {
  const script = `const { main } = await import(${JSON.stringify(bundle)}); process.exitCode = await main(['node', 'backend-roadmap', ...process.argv.slice(1)]);`;
  return execa(process.execPath, ['--input-type=module', '-e', script, '--', ...args], { env, reject: false });
}

describe('the --help cache', () => {
  it('prints what the full program prints for every command, flag and terminal width it answers for', async () => {
    const { stdout } = await execa(process.execPath, [helper], { maxBuffer: 64 * 1024 * 1024, env: notUnderNpm });
    const { paths, cached, cases } = JSON.parse(stdout) as { paths: string[]; cached: string[]; cases: HelpCase[] };
    expect(cached.sort()).toEqual([...paths].sort()); // no command left to the slow path
    for (const c of cases) {
      expect(c.code, c.args.join(' ')).toBe(0);
      if (c.cached !== null) expect(c.cached, `${c.args.join(' ')} at ${c.columns ?? 'a pipe'}`).toBe(c.full);
    }
    // it answers for pipes and 80-column terminals, and for terminals wide enough for the unwrapped text
    const answered = (columns: number | null) => cases.filter((c) => c.columns === columns && c.cached !== null).length;
    expect(answered(null)).toBe(paths.length * 2);
    expect(answered(80)).toBe(paths.length * 2);
    expect(answered(300)).toBe(paths.length * 2);
    expect(cases.some((c) => c.columns === 60 && c.cached === null)).toBe(true);
  });

  it('bin/ prints the same bytes and exit code as the full program, in a real process', async () => {
    const env = { BACKEND_ROADMAP_HOME: sandbox().home, NO_COLOR: '1', ...notUnderNpm };
    for (const args of [['--help'], ['exercise', 'verify', '-h'], ['progress', 'export', '--help'], ['status', '--json', '--help']]) {
      const [viaBin, full] = await Promise.all([execa(process.execPath, [binPath, ...args], { env, reject: false }), fullProgram(args, env)]);
      expect(viaBin.stdout, args.join(' ')).toBe(full.stdout);
      expect(viaBin.stdout).toContain('Usage: backend-roadmap');
      expect([viaBin.exitCode, viaBin.stderr]).toEqual([full.exitCode, full.stderr]);
    }
  });

  it('is not used when the examples must show another command prefix (npm start -- …)', async () => {
    const env = { BACKEND_ROADMAP_HOME: sandbox().home, NO_COLOR: '1', ...notUnderNpm, npm_package_name: 'backend-roadmap', npm_lifecycle_event: 'start', npm_lifecycle_script: 'node bin/backend-roadmap.js' };
    const { stdout } = await execa(process.execPath, [binPath, '--help'], { env });
    expect(stdout).toContain('  $ npm start -- init             set up your profile and workspace');
  });
});
