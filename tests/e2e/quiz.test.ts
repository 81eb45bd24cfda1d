import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExercises, loadWeek } from '../../src/curriculum/load.js';
import { exerciseFitsTrack } from '../../src/curriculum/tracks.js';
import { CHOICE_IDS } from '../../src/exercises/quiz-deck.js';
import { initialised, type Sandbox } from '../helpers/cli.js';

const week1 = loadWeek(1);
/** Week 1 as a Node learner sees it: the right choice id of each question, in order. */
const nodeQuestions = week1.quiz.filter((q) => q.track !== 'python');
const correct = nodeQuestions.map((q) => CHOICE_IDS[q.answer]!);
const wrongId = CHOICE_IDS[(nodeQuestions[0]!.answer + 1) % 4]!;
const wrongFirst = correct.map((id, i) => (i === 0 ? wrongId : id));
const total = correct.length;

interface ShownJson {
  kind: string;
  number: number;
  questions: { key: string; week: number; choices: { id: string; text: string; why?: string }[]; answer?: string }[];
}

async function shown(box: Sandbox, args: string[]): Promise<ShownJson> {
  const r = await box.run(['quiz', ...args, '--questions', '--json']);
  expect(r.exitCode).toBe(0);
  return JSON.parse(r.stdout) as ShownJson;
}

// Each test runs the CLI several times; on a busy machine that takes longer than the default budget.
describe('quiz', { timeout: 60_000 }, () => {
  it('scores --answers by choice id, explains the chosen and the right answer, and keeps the history', async () => {
    const box = await initialised();
    const perfect = await box.run(['quiz', '1', '--answers', correct.join(',')]);
    expect(perfect.exitCode).toBe(0);
    expect(perfect.stdout).toContain(`${total}/${total}`);
    expect(perfect.stdout).toContain(nodeQuestions[0]!.choices[nodeQuestions[0]!.answer]!.why.trim().slice(0, 40));

    const oneWrong = await box.run(['quiz', '--answers', wrongFirst.join(',')]); // current week: 1
    expect(oneWrong.exitCode).toBe(0);
    expect(oneWrong.stdout).toContain(`${total - 1}/${total}`);
    const first = nodeQuestions[0]!;
    expect(oneWrong.stdout).toContain(first.choices[CHOICE_IDS.indexOf(wrongId)]!.why.trim().slice(0, 40));
    expect(oneWrong.stdout).toContain(first.choices[first.answer]!.text);

    const history = JSON.parse((await box.run(['quiz', '--json'])).stdout) as { week: number; month: null; score: number; total: number; answers: number[] }[];
    expect(history.map((h) => [h.week, h.month, h.score, h.total])).toEqual([
      [1, null, total, total],
      [1, null, total - 1, total],
    ]);
    expect(history[1]!.answers).toEqual(wrongFirst.map((id) => CHOICE_IDS.indexOf(id)));
  });

  it('still accepts the older 0-based numbers as the same ids', async () => {
    const box = await initialised();
    const r = await box.run(['quiz', '1', '--answers', nodeQuestions.map((q) => q.answer).join(','), '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ week: 1, score: total, total });
  });

  it('prints this attempt as JSON with --answers --json: choices as shown, chosen and right ids', async () => {
    const box = await initialised();
    const r = await box.run(['quiz', '1', '--answers', wrongFirst.join(','), '--json']);
    const attempt = JSON.parse(r.stdout) as { questions: { key: string; chosen: string; answer: string; correct: boolean; choices: { id: string }[] }[] };
    expect(attempt).toMatchObject({ week: 1, month: null, score: total - 1, total });
    expect(attempt.questions[0]).toMatchObject({ key: 'w01q1', chosen: wrongId, answer: correct[0], correct: false });
    expect(attempt.questions.map((q) => q.choices.map((c) => c.id).sort().join(''))).toEqual(correct.map(() => 'abcd'));
  });

  it("shows choices in an order fixed per learner, without answers; a Python learner gets the Python code question", async () => {
    const [ada, grace, guido] = await Promise.all([initialised(), initialised(), initialised('python')]);
    const order = (q: ShownJson): string => q.questions.map((x) => x.choices.map((c) => c.id).join('')).join('|');
    const adaFirst = await shown(ada, ['1']);
    expect(order(await shown(ada, ['1']))).toBe(order(adaFirst));
    expect(order(await shown(grace, ['1']))).not.toBe(order(adaFirst));
    expect(adaFirst.questions.map((q) => q.key)).toEqual(week1.quiz.flatMap((q, i) => (q.track === 'python' ? [] : [`w01q${i + 1}`])));
    expect(adaFirst.questions.every((q) => q.answer === undefined && q.choices.every((c) => c.why === undefined))).toBe(true);
    const pythonKeys = (await shown(guido, ['1'])).questions.map((q) => q.key);
    expect(pythonKeys).toEqual(week1.quiz.flatMap((q, i) => (q.track === 'node' ? [] : [`w01q${i + 1}`])));
    const text = await guido.run(['quiz', '1', '--questions']);
    expect(text.stdout).toContain('print(len(a["tags"]))');
    expect(text.stdout).not.toContain('console.log');
  });

  it("asks a month's review quiz from all its weeks and keeps it apart from the week quizzes", async () => {
    const box = await initialised();
    const month = await shown(box, ['--month', '1']);
    expect(month).toMatchObject({ kind: 'month', number: 1 });
    expect(month.questions.length).toBeGreaterThanOrEqual(8);
    expect(new Set(month.questions.map((q) => q.week))).toEqual(new Set([1, 2, 3, 4]));
    const r = await box.run(['quiz', '--month', '1', '--answers', month.questions.map(() => 'a').join(','), '--json']);
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ week: null, month: 1, total: month.questions.length });
    expect(JSON.parse((await box.run(['quiz', '--month', '1', '--json'])).stdout)).toHaveLength(1);
    expect(JSON.parse((await box.run(['quiz', '1', '--json'])).stdout)).toEqual([]);
    const status = await box.run(['status', '--json']);
    expect(status.exitCode).toBe(0);
  });

  it("suggests the month's review quiz once the week closing the month has its exercises and quiz done", async () => {
    const box = await initialised();
    const db = new Database(join(box.home, 'progress.db'));
    const done = db.prepare("INSERT INTO week_progress (week, completed_at, source) VALUES (?, '2026-11-20T10:00:00.000Z', 'manual')");
    for (const w of [1, 2, 3]) done.run(w);
    const passed = db.prepare("INSERT INTO exercise_state (exercise_id, hints_shown, passed_at) VALUES (?, 0, '2026-11-20T10:00:00.000Z')");
    for (const e of loadExercises().filter((x) => x.week === 4 && exerciseFitsTrack(x.track, 'node'))) passed.run(e.id);
    db.close();
    const week4 = loadWeek(4).quiz.filter((q) => q.track !== 'python');
    expect((await box.run(['quiz', '4', '--answers', week4.map(() => 'a').join(',')])).exitCode).toBe(0);
    const next = async (): Promise<string> => (JSON.parse((await box.run(['status', '--json'])).stdout) as { next: { command: string } }).next.command;
    expect(await next()).toBe('backend-roadmap quiz --month 1');
    const month = await shown(box, ['--month', '1']);
    expect((await box.run(['quiz', '--month', '1', '--answers', month.questions.map(() => 'b').join(',')])).exitCode).toBe(0);
    expect(await next()).toBe('backend-roadmap week 4 --done');
  });

  it('rejects unknown ids, miscounted answers, a bad month and a week with a month, storing nothing', async () => {
    const box = await initialised();
    const range = await box.run(['quiz', '1', '--answers', correct.map((id, i) => (i === 1 ? 'e' : id)).join(',')]);
    expect(range.exitCode).toBe(2);
    expect(range.stderr).toMatch(/answer 2 is "e", but question 2 takes a choice id a-d/);
    const count = await box.run(['quiz', '1', '--answers', 'a']);
    expect(count.exitCode).toBe(2);
    expect(count.stderr).toMatch(new RegExp(`needs ${total} answers`));
    const month = await box.run(['quiz', '--month', '5', '--answers', 'a']);
    expect(month.exitCode).toBe(2);
    expect(month.stderr).toMatch(/--month must be a number from 1 to 4/);
    const both = await box.run(['quiz', '2', '--month', '1', '--answers', 'a']);
    expect(both.exitCode).toBe(2);
    expect(both.stderr).toMatch(/not both/);
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
