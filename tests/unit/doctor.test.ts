import { afterEach, describe, expect, it, vi } from 'vitest';
import { runDoctor, type RunVersion } from '../../src/core/doctor.js';
import { printDoctor } from '../../src/ui/doctor-view.js';

/** Every command answers "<name> 1.2.3" except the ones listed as missing. */
const fake = (missing: string[]): RunVersion => async (command, args) => {
  const key = `${command} ${args.join(' ')}`;
  return missing.some((m) => key.startsWith(m)) ? undefined : `${command} version 1.2.3`;
};

afterEach(() => vi.restoreAllMocks());

describe('doctor', () => {
  it('a Docker client whose daemon does not answer is not ok, and says how to start it', async () => {
    const checks = await runDoctor('node', fake(['docker info']));
    const docker = checks.find((k) => k.name === 'docker')!;
    expect(docker).toMatchObject({ found: true, ok: false });
    expect(docker.advice).toMatch(/daemon does not answer.*docker info/);
    const healthy = (await runDoctor('node', fake([]))).find((k) => k.name === 'docker')!;
    expect(healthy.ok).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('names the missing parts of the C/C++ toolchain better-sqlite3 compiles with', async () => {
    const checks = await runDoctor('node', fake(['make', 'c++', 'g++', 'clang++']));
    const toolchain = checks.find((k) => k.name === 'C/C++ build')!;
    expect(toolchain.ok).toBe(false);
    expect(toolchain.advice).toMatch(/missing make, a C\+\+ compiler/);
    expect((await runDoctor('node', fake(['c++']))).find((k) => k.name === 'C/C++ build')!.ok).toBe(true); // g++ will do
  });

  it('accepts Node.js 20.12+ but advises the LTS lines the course uses', async () => {
    const node = (version: string): RunVersion => async (command, args) => (command === process.execPath ? version : fake([])(command, args));
    const at = async (version: string) => (await runDoctor('node', node(version))).find((k) => k.name === 'node')!;
    expect(await at('v20.11.1')).toMatchObject({ ok: false, advice: expect.stringMatching(/too old \(need 20\.12\+\)/) });
    expect(await at('v20.20.0')).toMatchObject({ ok: true, advice: expect.stringMatching(/end of life 2026-04-30.*Node\.js 24 LTS/) });
    expect(await at('v23.1.0')).toMatchObject({ ok: true, advice: expect.stringMatching(/short-lived/) });
    expect((await at('v24.3.0')).advice).toBeUndefined();
  });

  it('aligns its columns whatever the name and version lengths', async () => {
    const checks = await runDoctor('node', fake(['psql']));
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out += String(chunk);
      return true;
    });
    printDoctor('node', checks);
    const rows = out.split('\n').filter((l) => /^ {2}[✔✘–] /.test(l));
    expect(rows.length).toBe(checks.length);
    const purposeColumn = new Set(rows.map((r, i) => r.indexOf(checks.find((k) => r.includes(` ${k.name} `))?.purpose ?? String(i))));
    expect(purposeColumn.size).toBe(1);
  });
});
