import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, parseDay, weekStart } from '../../src/core/dates.js';
import { currentWeek, forecast, scheduledWeek, streak } from '../../src/core/pace.js';
import { paceLines } from '../../src/ui/pace-text.js';

describe('dates', () => {
  it('parses real calendar days only', () => {
    expect(parseDay('2026-11-25')).toBe('2026-11-25');
    expect(parseDay('2026-02-30')).toBeUndefined();
    expect(parseDay('2026-13-01')).toBeUndefined();
    expect(parseDay('25/11/2026')).toBeUndefined();
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2026-11-01', '2026-11-25')).toBe(24);
  });

  it('finds the Monday of a week', () => {
    expect(weekStart('2026-11-25')).toBe('2026-11-23'); // a Wednesday
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
    expect(weekStart('2026-11-29')).toBe('2026-11-23'); // Sunday belongs to the same week
  });
});

describe('weeks', () => {
  it('schedules by calendar and clamps to 1..16', () => {
    expect(scheduledWeek('2026-11-01', '2026-11-01')).toBe(1);
    expect(scheduledWeek('2026-11-01', '2026-11-08')).toBe(2);
    expect(scheduledWeek('2026-11-01', '2026-10-01')).toBe(1);
    expect(scheduledWeek('2026-01-01', '2027-12-01')).toBe(16);
  });

  it('makes the first incomplete week current', () => {
    expect(currentWeek(new Set())).toBe(1);
    expect(currentWeek(new Set([1, 2, 4]))).toBe(3);
    expect(currentWeek(new Set(Array.from({ length: 16 }, (_, i) => i + 1)))).toBe(16);
  });
});

describe('streak', () => {
  it('counts consecutive days ending today', () => {
    expect(streak(['2026-11-23', '2026-11-24', '2026-11-25'], '2026-11-25').days).toBe(3);
  });

  it('keeps yesterday’s streak alive until today ends', () => {
    expect(streak(['2026-11-23', '2026-11-24'], '2026-11-25').days).toBe(2);
  });

  it('breaks on a missed day', () => {
    expect(streak(['2026-11-21', '2026-11-23'], '2026-11-25').days).toBe(0);
    expect(streak(['2026-11-21', '2026-11-24', '2026-11-25'], '2026-11-25').days).toBe(2);
  });

  it('counts consecutive active calendar weeks', () => {
    const s = streak(['2026-11-04', '2026-11-11', '2026-11-17'], '2026-11-25');
    expect(s.weeks).toBe(3); // weeks of Nov 2, 9, 16; this week not over yet
    expect(streak(['2026-11-04', '2026-11-25'], '2026-11-25').weeks).toBe(1);
  });
});

describe('forecast', () => {
  // 16 weeks × 8 h planned; the plan ends on 2027-02-21
  const base = { startDate: '2026-11-01', plannedHoursPerWeek: 8, completedWeeks: 0 };
  const logged = (entries: [string, number][]) => new Map(entries);

  it('shows only the plan before there is a pace: never a far-off date after one check-in', () => {
    const f = forecast({ ...base, today: '2026-11-20', hoursByDay: logged([['2026-11-20', 0.5]]) });
    expect(f).toEqual({ plannedFinish: '2027-02-21', basis: 'plan', hoursToKeepPlan: 9.6 });
    expect(paceLines(f)).toEqual(['9.6 h/week finishes on 2027-02-21, as planned', 'check in a few times to see your own pace']);
    // the very first days: not enough time has passed either
    expect(forecast({ ...base, today: '2026-11-03', hoursByDay: logged([['2026-11-02', 1], ['2026-11-03', 1]]) }).basis).toBe('plan');
  });

  it('extrapolates from the recent weeks and says what keeps the plan', () => {
    // 6 h in the last 28 days = 1.5 h/week; an early burst of 40 h two months ago does not count
    const f = forecast({
      ...base,
      today: '2027-01-03',
      completedWeeks: 2,
      hoursByDay: logged([['2026-11-02', 40], ['2026-12-10', 3], ['2027-01-02', 3]]),
    });
    expect(f).toMatchObject({ basis: 'recent', hoursPerWeek: 1.5, weeksAtPace: 75, finishDate: '2028-06-11', hoursToKeepPlan: 16 });
    expect(paceLines(f)).toEqual(['at 1.5 h/week you would finish in 75 weeks (2028-06-11)', '16 h/week keeps the plan (2027-02-21)']);
  });

  it('a pace faster than the plan says it keeps the plan', () => {
    const f = forecast({ ...base, today: '2026-11-14', completedWeeks: 2, hoursByDay: logged([['2026-11-05', 10], ['2026-11-12', 10]]) });
    expect(paceLines(f)).toEqual(['at 10 h/week you would finish in 12 weeks (2027-02-06)', 'that keeps the plan (2027-02-21)']);
  });

  it('says "more than 2 years" instead of a date in the next decade', () => {
    const f = forecast({ ...base, today: '2026-11-28', hoursByDay: logged([['2026-11-02', 0.25], ['2026-11-20', 0.25]]) });
    expect(f.finishDate).toBeUndefined();
    expect(paceLines(f)[0]).toBe('at 0.1 h/week you would finish in more than 2 years');
  });

  it('a pause of four weeks is said plainly, with what keeps the plan', () => {
    const f = forecast({ ...base, today: '2027-01-10', hoursByDay: logged([['2026-11-02', 2], ['2026-11-05', 2]]) });
    expect(paceLines(f)).toEqual(['no hours logged in the last 4 weeks', '21.3 h/week keeps the plan (2027-02-21)']);
  });

  it('after the planned day only the pace is given; done once every week is complete', () => {
    const late = forecast({ ...base, today: '2027-03-10', completedWeeks: 14, hoursByDay: logged([['2027-03-01', 4], ['2027-03-08', 4]]) });
    expect(paceLines(late)).toEqual(['at 2 h/week you would finish in 8 weeks (2027-05-05)']);
    const done = forecast({ ...base, today: '2027-01-20', completedWeeks: 16, hoursByDay: logged([]) });
    expect(done).toMatchObject({ basis: 'done', finishDate: '2027-01-20' });
  });
});
