import { describe, expect, it } from 'vitest';
import { initialised, sandbox } from '../helpers/cli.js';

describe('usage errors point to help; tracks are case-insensitive', () => {
  it('an unknown command or option names the --help of the command that refused it', async () => {
    const box = sandbox();
    const top = await box.run(['frobnicate']);
    expect(top.exitCode).toBe(2);
    expect(top.stderr).toContain("unknown command 'frobnicate'");
    expect(top.stderr).toContain('See: backend-roadmap --help');
    const sub = await box.run(['exercise', 'frobnicate']);
    expect(sub.stderr).toContain('See: backend-roadmap exercise --help');
    const option = await box.run(['week', '3', '--frobnicate']);
    expect(option.stderr).toContain('See: backend-roadmap week --help');
  });

  it('accepts --track Python / --lang PYTHON wherever a track is taken', async () => {
    const box = sandbox();
    const init = await box.run(['init', '--name', 'Ada', '--track', 'Python', '--hours', '6', '--dir', box.workspace, '--yes']);
    expect(init.exitCode).toBe(0);
    expect(JSON.parse((await box.run(['status', '--json'])).stdout)).toMatchObject({ profile: { track: 'python' } });

    const other = await initialised();
    const week = await other.run(['week', '3', '--track', 'Python', '--json']);
    expect(JSON.parse(week.stdout)).toMatchObject({ track: 'python' });
    const doctor = await other.run(['doctor', '--track', 'NODE']);
    expect(doctor.stdout).toContain('(Node.js track)');
    const list = await other.run(['new', '--list', '--json', '--lang', 'PYTHON']);
    const templates = JSON.parse(list.stdout) as { lang: string }[];
    expect(templates.length).toBeGreaterThan(0);
    expect(templates.every((t) => t.lang === 'python')).toBe(true);
    const bad = await other.run(['week', '3', '--track', 'ruby']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('--track must be node or python');
  });
});
