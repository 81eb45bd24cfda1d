import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sandbox } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

// CLI stages (calculator): the learner's command runs once per step with arguments and stdin.

const fixture = fileURLToPath(new URL('../fixtures/review/calc.mjs', import.meta.url));
const cmd = (broken?: string) => `node ${JSON.stringify(fixture)}${broken ? ` --broken=${broken}` : ''}`;

describe('review: calculator stages against a fixture', () => {
  it('passes every stage', async () => {
    const run = await sandbox().run(['review', 'calculator', '--dir', tempDir(), '--cmd', cmd()]);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/5\/5 stages pass/);
  });

  it.each([
    ['noise', 2, 'readable-numbers', /Sent: +node .*calc\.mjs" --broken=noise 0\.1 \+ 0\.2\n[\s\S]*Expected: +"0\.3"\n +Actual: +0\.30000000000000004/],
    ['stdout-errors', 3, 'clear-errors', /Sent: +node .* 5 \/ 0\n[\s\S]*Expected: +a non-zero exit code/],
  ])('--broken=%s fails at stage %i (%s) with the command line to rerun', async (broken, number, id, detail) => {
    const run = await sandbox().run(['review', 'calculator', '--dir', tempDir(), '--cmd', cmd(broken)]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`Stage ${number} (${id}) fails at step`);
    expect(run.stdout).toMatch(detail);
  });
});
