import { copyFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { initialised, sandbox } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

// The built CLI reviews a small node:http fixture that implements the blog-api contract; each
// --broken=<defect> must fail exactly the stage that tests it, with a message a learner can act on.

const fixture = fileURLToPath(new URL('../fixtures/review/blog-server.mjs', import.meta.url));
const cmd = (broken?: string) => `node ${JSON.stringify(fixture)}${broken ? ` --broken=${broken}` : ''}`;

interface JsonReport {
  project: string;
  passed: boolean;
  requested: number;
  total: number;
  stages: { number: number; id: string; passed: boolean; failure?: { sent: string; mismatch: { what: string; expected: string; actual: string } }; hint?: string }[];
}

describe('review: blog-api stages against a fixture server', () => {
  it('passes every stage, records them, and shows them in --list, status and progress', async () => {
    const box = await initialised();
    const dir = tempDir('brm-review-proj-');
    const run = await box.run(['review', 'blog-api', '--dir', dir, '--cmd', cmd()]);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/✔ +1 +Health check/);
    expect(run.stdout).toMatch(/12\/12 stages pass/);

    const list = await box.run(['review', 'blog-api', '--list', '--dir', dir, '--json']);
    const rows = JSON.parse(list.stdout) as { id: string; lastPassed: boolean | null }[];
    expect(rows).toHaveLength(12);
    expect(rows.every((r) => r.lastPassed === true)).toBe(true);

    const status = JSON.parse((await box.run(['status', '--json'])).stdout) as { reviews: { project: string; path: string; passed: number; total: number }[] };
    expect(status.reviews).toEqual([expect.objectContaining({ project: 'blog-api', path: dir, passed: 12, total: 12 })]);
    expect((await box.run(['status'])).stdout).toMatch(/blog-api +12\/12 stages/);
    expect((await box.run(['progress'])).stdout).toContain('Reviewed projects (1)');
    // every stage of weeks 7-10 passed: those weeks are complete
    expect(run.stdout).toContain('Week 7 complete: every week-7 stage of blog-api passes.');
    const weeks = JSON.parse((await box.run(['progress', '--json'])).stdout) as { months: { weeks: { week: number; completed: boolean }[] }[] };
    const done = weeks.months.flatMap((m) => m.weeks).filter((w) => w.completed).map((w) => w.week);
    expect(done).toEqual([7, 8, 9, 10]);
  });

  it.each([
    ['password-hash', 2, 'register-and-login', /no "passwordHash" anywhere/],
    ['display-name-ignored', 2, 'register-and-login', /\$\.data\.user\.displayName/],
    ['validation-as-400', 5, 'validation-errors', /Expected: +422/],
    ['no-ownership', 9, 'ownership-401-vs-403', /Expected: +403/],
    ['stack-trace', 11, 'no-leaks', /Actual: +500 with body .*RangeError/],
    ['no-rate-limit', 12, 'rate-limiting', /429 within 60 requests/],
  ])('--broken=%s fails at stage %i (%s) with a curl line, expected vs actual, a hint and the lesson', async (broken, number, id, detail) => {
    const box = sandbox();
    const dir = tempDir('brm-review-proj-');
    const run = await box.run(['review', 'blog-api', '--dir', dir, '--cmd', cmd(broken)]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`Stage ${number} (${id}) fails at step`);
    expect(run.stdout).toMatch(/Sent: +curl -i (-X [A-Z]+ )?http:\/\/127\.0\.0\.1:\d+\/\S+/);
    expect(run.stdout).toMatch(detail);
    expect(run.stdout).toMatch(/Hint: +\S/);
    expect(run.stdout).toMatch(/Reread: +week \d+ · .+backend-roadmap week \d+/);
    expect(run.stdout).toContain(`${number - 1}/12 stages pass. Fix stage ${number}`);
  });

  it('--json reports the first failure for scripts; --stage limits the run', async () => {
    const box = sandbox();
    const dir = tempDir('brm-review-proj-');
    const failing = await box.run(['review', 'blog-api', '--dir', dir, '--cmd', cmd('no-ownership'), '--json']);
    expect(failing.exitCode).toBe(1);
    const report = JSON.parse(failing.stdout) as JsonReport;
    expect(report).toMatchObject({ project: 'blog-api', passed: false, requested: 12, total: 12 });
    const last = report.stages.at(-1)!;
    expect(last).toMatchObject({ number: 9, passed: false });
    expect(last.failure?.sent).toMatch(/^curl -i -X (PATCH|DELETE) /);
    expect(last.failure?.mismatch).toMatchObject({ what: 'status', expected: '403' });

    // the same defect is not reached by stages 1..8
    const early = await box.run(['review', 'blog-api', '--dir', dir, '--cmd', cmd('no-ownership'), '--stage', '8', '--json']);
    expect(early.exitCode).toBe(0);
    expect((JSON.parse(early.stdout) as JsonReport).stages).toHaveLength(8);
  });

  it('finds the project and start command from backend-roadmap.json', async () => {
    const box = sandbox();
    const dir = tempDir('brm-review-proj-');
    copyFileSync(fixture, join(dir, 'server.mjs'));
    writeFileSync(join(dir, 'backend-roadmap.json'), JSON.stringify({ project: 'blog-api', lang: 'node', db: 'sqlite', start: 'node server.mjs' }));
    const run = await box.run(['review', '--stage', '3'], { cwd: dir });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('starting node server.mjs (backend-roadmap.json)');
    expect(run.stdout).toContain('3/3 stages pass. Next: stage 4 of 12');
  });

  it('a program that dies at start-up: exit 1, a clear message and its last output', async () => {
    const box = sandbox();
    const run = await box.run(['review', 'blog-api', '--dir', tempDir(), '--cmd', cmd('crash')]);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/exited \(code 3\) before answering/);
    expect(run.stderr).toContain('| Error: SQLITE_CANTOPEN: unable to open database file');
    expect(run.stderr).toContain('PORT environment variable');
  });

  it('usage errors exit 2 with one line', async () => {
    const box = sandbox();
    const empty = tempDir();
    const noProject = await box.run(['review', '--dir', empty]);
    expect(noProject.exitCode).toBe(2);
    expect(noProject.stderr).toMatch(/has no backend-roadmap.json.*\n.*review <.*blog-api/);
    expect((await box.run(['review', 'no-such-project', '--dir', empty])).exitCode).toBe(2);
    expect((await box.run(['review', 'blog-api', '--stage', '0', '--dir', empty])).exitCode).toBe(2);
    expect((await box.run(['review', 'blog-api', '--stage', '99', '--dir', empty, '--url', 'http://127.0.0.1:9'])).exitCode).toBe(2);
    expect((await box.run(['review', 'blog-api', '--url', 'localhost:3000'])).exitCode).toBe(2);
    const noStart = await box.run(['review', 'blog-api', '--dir', empty]);
    expect(noStart.exitCode).toBe(2);
    expect(noStart.stderr).toContain('--cmd');
  });

  it('--url reviews a server that is already running and says when nothing answers', async () => {
    const box = sandbox();
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const run = await box.run(['review', 'blog-api', '--url', `http://127.0.0.1:${port}`, '--stage', '1']);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('connection refused');
  });
});
