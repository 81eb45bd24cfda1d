import { describe, expect, it } from 'vitest';
import { loadWeek } from '../../src/curriculum/load.js';
import { initialised } from '../helpers/cli.js';

const week1 = loadWeek(1);
const correct = week1.quiz.map((q) => q.answer);
const wrongFirst = correct.map((a, i) => (i === 0 ? (a + 1) % week1.quiz[0]!.choices.length : a));

describe('quiz', () => {
  it('scores --answers, explains wrong answers, and keeps the history', async () => {
    const box = await initialised();
    const perfect = await box.run(['quiz', '1', '--answers', correct.join(',')]);
    expect(perfect.exitCode).toBe(0);
    expect(perfect.stdout).toContain(`${correct.length}/${correct.length}`);

    const oneWrong = await box.run(['quiz', '--answers', wrongFirst.join(',')]); // current week: 1
    expect(oneWrong.exitCode).toBe(0);
    expect(oneWrong.stdout).toContain(`${correct.length - 1}/${correct.length}`);
    expect(oneWrong.stdout).toContain(week1.quiz[0]!.explanation.trim().split('\n')[0]!.slice(0, 40));

    const history = JSON.parse((await box.run(['quiz', '--json'])).stdout) as { week: number; score: number; total: number; answers: number[] }[];
    expect(history.map((h) => [h.week, h.score, h.total])).toEqual([
      [1, correct.length, correct.length],
      [1, correct.length - 1, correct.length],
    ]);
    expect(history[1]!.answers).toEqual(wrongFirst);
  });

  it('prints this attempt as JSON with --answers --json', async () => {
    const box = await initialised();
    const r = await box.run(['quiz', '1', '--answers', correct.join(','), '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ week: 1, score: correct.length, total: correct.length, answers: correct });
  });

  it('rejects out-of-range and miscounted answers, storing nothing', async () => {
    const box = await initialised();
    const tooBig = correct.map((a, i) => (i === 1 ? week1.quiz[1]!.choices.length : a));
    const range = await box.run(['quiz', '1', '--answers', tooBig.join(',')]);
    expect(range.exitCode).toBe(2);
    expect(range.stderr).toMatch(/answer 2 is .* question 2 takes a choice from 0 to \d/);
    const count = await box.run(['quiz', '1', '--answers', '0']);
    expect(count.exitCode).toBe(2);
    expect(count.stderr).toMatch(new RegExp(`needs ${correct.length} answers`));
    expect(JSON.parse((await box.run(['quiz', '--json'])).stdout)).toEqual([]);
  });

  it('never waits for input without a terminal: exit 2 naming --answers', async () => {
    const box = await initialised();
    const r = await box.run(['quiz', '1']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('--answers');
  });

  it('rejects a week outside 1-16', async () => {
    const box = await initialised();
    const r = await box.run(['quiz', '0', '--answers', '0']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/Week must be a number from 1 to 16/);
  });
});
