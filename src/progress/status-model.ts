import { localDay } from '../core/dates.js';
import { currentWeek, forecast, scheduledWeek, streak, TOTAL_WEEKS, type Forecast, type Streak } from '../core/pace.js';
import type { Track } from '../curriculum/schema.js';
import { passedIds } from '../exercises/state.js';
import { activity, bestQuizScores, hoursLogged, monthQuizzesTaken } from '../store/activity.js';
import type { Db } from '../store/db.js';
import type { Profile } from '../store/profile.js';
import { exerciseStates } from '../store/exercises.js';
import { viewedLessons } from '../store/lessons.js';
import { completedWeeks } from '../store/weeks.js';
import { reviewedProjects } from '../store/reviews.js';
import { readProjectsIndex } from '../review/projects-index.js';
import type { CurriculumIndex } from '../curriculum/index-file.js';
import { cmd } from '../core/invocation.js';

export interface WeekStatus {
  week: number;
  title: string;
  completed: boolean;
  completedAt: string | null;
  exercises: { passed: number; total: number };
  quizBest: number | null;
  /** the learner has opened this week's lesson */
  lessonViewed: boolean;
  /** 0..1: 1 when complete, else the share of exercises passed */
  ratio: number;
}

export interface MonthStatus {
  month: number;
  title: string;
  weeks: WeekStatus[];
}

export interface NextAction {
  text: string;
  command: string;
}

/** A project folder checked with `backend-roadmap review`: its stages' latest results. */
export interface ReviewStatus {
  project: string;
  path: string;
  /** stages whose latest run passed, out of the project's stages */
  passed: number;
  total: number;
  lastReviewedAt: string;
}

export interface StatusModel {
  profile: Profile;
  today: string;
  currentWeek: number;
  scheduledWeek: number;
  overall: { completedWeeks: number; totalWeeks: number; ratio: number };
  months: MonthStatus[];
  streak: Streak;
  hoursLogged: number;
  forecast: Forecast;
  next: NextAction;
  reviews: ReviewStatus[];
}

function weekStatuses(db: Db, index: CurriculumIndex, track: Track, passed: Set<string>): WeekStatus[] {
  const done = completedWeeks(db);
  const viewed = viewedLessons(db);
  const quiz = bestQuizScores(db);
  return index.weeks.map((w) => {
    const ids = w.exercises[track];
    const passedCount = ids.filter((id) => passed.has(id)).length;
    const completedAt = done.get(w.week) ?? null;
    return {
      week: w.week,
      title: w.title,
      completed: completedAt !== null,
      completedAt,
      exercises: { passed: passedCount, total: ids.length },
      quizBest: quiz.get(w.week) ?? null,
      lessonViewed: viewed.has(w.week),
      ratio: completedAt !== null ? 1 : ids.length ? passedCount / ids.length : 0,
    };
  });
}

/** The single most useful thing to do next in the current week. */
function nextAction(week: WeekStatus, index: CurriculumIndex, track: Track, passed: Set<string>, allDone: boolean, monthQuizzes: Set<number>): NextAction {
  if (allDone) return { text: 'All 16 weeks complete. Polish your portfolio and start applying.', command: cmd('progress') };
  const pending = index.weeks[week.week - 1]?.exercises[track].find((id) => !passed.has(id));
  if (!week.lessonViewed && week.exercises.passed === 0 && week.quizBest === null) {
    return { text: `Read the week ${week.week} lesson: ${week.title}`, command: cmd(`week ${week.week}`) };
  }
  if (pending) return { text: `Solve the next exercise (${pending})`, command: cmd(`exercise start ${pending}`) };
  if (week.quizBest === null) return { text: `Take the week ${week.week} quiz`, command: cmd(`quiz ${week.week}`) };
  const month = index.weeks[week.week - 1]?.month;
  const closesMonth = month !== undefined && index.weeks.filter((w) => w.month === month).at(-1)?.week === week.week;
  if (closesMonth && !monthQuizzes.has(month)) {
    return { text: `Take the month ${month} review quiz`, command: cmd(`quiz --month ${month}`) };
  }
  return { text: `Mark week ${week.week} complete when its project is done`, command: cmd(`week ${week.week} --done`) };
}

function reviewStatuses(db: Db): ReviewStatus[] {
  const reviewed = reviewedProjects(db);
  if (reviewed.length === 0) return []; // most learners: no need to read the projects index on start-up
  const index = readProjectsIndex().projects;
  return reviewed.map((r) => {
    const stages = index[r.project]?.stages ?? [...r.stages.keys()].map((id) => ({ id }));
    return {
      project: r.project,
      path: r.projectPath,
      passed: stages.filter((s) => r.stages.get(s.id) === true).length,
      total: stages.length,
      lastReviewedAt: r.lastAt,
    };
  });
}

export function buildStatus(db: Db, profile: Profile, index: CurriculumIndex, now = new Date()): StatusModel {
  const today = localDay(now);
  const passed = passedIds(exerciseStates(db));
  const weeks = weekStatuses(db, index, profile.track, passed);
  const completed = new Set(weeks.filter((w) => w.completed).map((w) => w.week));
  const current = currentWeek(completed);
  const hours = hoursLogged(db);
  const { days, hoursByDay } = activity(db); // one read of the days serves the streak and the forecast
  const months = index.months.map((m) => ({ ...m, weeks: weeks.filter((w) => index.weeks[w.week - 1]?.month === m.month) }));
  return {
    profile,
    today,
    currentWeek: current,
    scheduledWeek: scheduledWeek(profile.startDate, today),
    overall: { completedWeeks: completed.size, totalWeeks: TOTAL_WEEKS, ratio: completed.size / TOTAL_WEEKS },
    months,
    streak: streak(days, today),
    hoursLogged: hours,
    forecast: forecast({
      startDate: profile.startDate,
      today,
      completedWeeks: completed.size,
      plannedHoursPerWeek: profile.hoursPerWeek,
      hoursByDay,
    }),
    next: nextAction(weeks[current - 1]!, index, profile.track, passed, completed.size === TOTAL_WEEKS, monthQuizzesTaken(db)),
    reviews: reviewStatuses(db),
  };
}
