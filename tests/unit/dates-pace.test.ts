import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, daysBetween, mondayOf, parseDay } from '../../src/core/dates.js';
import { currentWeek, forecast, scheduledWeek, streak } from '../../src/core/pace.js';

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
    const monday = dayNumber('2026-11-23');
    expect(mondayOf(dayNumber('2026-11-25'))).toBe(monday); // a Wednesday
    expect(mondayOf(monday)).toBe(monday);
    expect(mondayOf(dayNumber('2026-11-29'))).toBe(monday); // Sunday belongs to the same week
    expect(mondayOf(dayNumber('1969-12-31'))).toBe(dayNumber('1969-12-29')); // before day 0 too
    expect(dayNumber('1970-01-02')).toBe(1);
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
  const base = { startDate: '2026-11-01', plannedHoursPerWeek: 10, hoursLogged: 0 };

  it('uses the plan before there is any signal', () => {
    expect(forecast({ ...base, today: '2026-11-03', completedWeeks: 0 })).toEqual({
      finishDate: '2027-02-21',
      basis: 'plan',
      daysAheadOfPlan: 0,
    });
  });

  it('extrapolates from completed weeks', () => {
    // 2 weeks in 28 days: 14 remaining weeks take 196 more days
    const f = forecast({ ...base, today: '2026-11-29', completedWeeks: 2 });
    expect(f).toMatchObject({ basis: 'completion', finishDate: '2027-06-13' });
    expect(f.daysAheadOfPlan).toBe(-112);
  });

  it('uses logged hours against the plan before the first week is done', () => {
    // 5 h/week logged against 10 planned: twice as long as planned
    const f = forecast({ ...base, today: '2026-11-15', completedWeeks: 0, hoursLogged: 10 });
    expect(f).toMatchObject({ basis: 'hours', finishDate: '2027-06-13' }); // 32 weeks from the start
  });

  it('finishes today once every week is complete', () => {
    expect(forecast({ ...base, today: '2027-01-20', completedWeeks: 16 }).finishDate).toBe('2027-01-20');
  });
});
