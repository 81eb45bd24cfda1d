import { describe, expect, it } from 'vitest';
import { loadWeek } from '../../src/curriculum/load.js';
import { CHOICE_IDS } from '../../src/exercises/quiz-deck.js';
import { initialised } from '../helpers/cli.js';
import { hasTmux, openTerminal } from '../helpers/terminal.js';

const week1 = loadWeek(1).quiz.filter((q) => q.track !== 'python');

/** The learner's shown order of week 1, as `--questions --json` reports it. */
async function firstShownIds(box: Awaited<ReturnType<typeof initialised>>): Promise<string[]> {
  const shown = JSON.parse((await box.run(['quiz', '1', '--questions', '--json'])).stdout) as { questions: { choices: { id: string }[] }[] };
  return shown.questions.map((q) => q.choices[0]!.id);
}

describe.skipIf(!hasTmux)('quiz in a terminal', () => {
  it('says right away why each answer is right or wrong, then scores and keeps the attempt', async () => {
    const box = await initialised();
    const firsts = await firstShownIds(box);
    const term = openTerminal(['quiz', '1'], { rows: 40, cols: 100, env: { BACKEND_ROADMAP_HOME: box.home } });
    for (const [i, q] of week1.entries()) {
      await term.waitFor(`${i + 1}/${week1.length}`);
      term.keys('Enter'); // the first choice as shown
      const chosen = q.choices[CHOICE_IDS.indexOf(firsts[i]!)]!;
      await term.waitFor(chosen.why.trim().replace(/\s+/g, ' ').slice(0, 30));
    }
    const score = firsts.filter((id, i) => id === CHOICE_IDS[week1[i]!.answer]).length;
    await term.waitFor(`Week 1 quiz · Variables and Data Types: ${score}/${week1.length}`);
    expect(await term.exitCode()).toBe(0);
    const history = JSON.parse((await box.run(['quiz', '--json'])).stdout) as { week: number; score: number; answers: number[] }[];
    expect(history).toEqual([expect.objectContaining({ week: 1, score, answers: firsts.map((id) => CHOICE_IDS.indexOf(id)) })]);
  });

  it('Ctrl-C in the middle exits 130 and stores nothing', async () => {
    const box = await initialised();
    const term = openTerminal(['quiz', '1'], { env: { BACKEND_ROADMAP_HOME: box.home } });
    await term.waitFor(`1/${week1.length}`);
    term.keys('Enter');
    await term.waitFor(`2/${week1.length}`);
    term.keys('C-c');
    expect(await term.exitCode()).toBe(130);
    expect(JSON.parse((await box.run(['quiz', '--json'])).stdout)).toEqual([]);
  });
});
