import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runChild } from '../../src/exercises/checkers/run-child.js';

const options = { cwd: tmpdir(), env: { PATH: process.env.PATH }, timeoutMs: 10_000 };

describe('runChild: spawned', () => {
  it('is called once, while the child still runs', async () => {
    const calls: string[] = [];
    const run = runChild(process.execPath, ['-e', 'setTimeout(() => console.log("done"), 300)'], { ...options, spawned: () => calls.push('spawned') });
    expect(calls).toEqual(['spawned']); // as soon as the child started, not when it ends
    const result = await run;
    expect(calls).toEqual(['spawned']);
    expect(result.stdout).toBe('done\n');
  });

  it('is not called when the program cannot start', async () => {
    let called = false;
    await expect(runChild('/no/such/program', [], { ...options, spawned: () => (called = true) })).rejects.toThrow(/ENOENT/);
    expect(called).toBe(false);
  });
});

describe('runChild: signal', () => {
  it('kills the child when aborted, long before its time limit', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const run = runChild(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { ...options, signal: controller.signal, spawned: () => controller.abort() });
    const result = await run;
    expect(Date.now() - started).toBeLessThan(options.timeoutMs);
    expect(result).toMatchObject({ exitCode: null, timedOut: false });
  });
});
