import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { CONTROL_CHARACTERS, hasControlCharacters, MAX_TEXT_LENGTH } from '../core/text-rules.js';
import { immediate, nowIso, type Db } from '../store/db.js';

/**
 * The export file format. Every row carries a stable uid so importing twice adds nothing twice.
 * Import validates everything a later command reads (dates, JSON columns, paths, ranges, text), so
 * one bad file is refused whole instead of breaking `status` afterwards.
 */
const text = (max = MAX_TEXT_LENGTH) => z.string().max(max).refine((s) => !hasControlCharacters(s), 'contains control characters');
const realDate = (s: string) => {
  const t = Date.parse(s);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === s.slice(0, 10);
};
const iso = z.iso.datetime({ offset: true }).refine(realDate, 'not a real date');
const day = z.iso.date().refine(realDate, 'not a real date');
const week = z.number().int().min(1).max(16);
const uid = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'not an id');
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'not an id');
const absolutePath = text(4096).refine((p) => isAbsolute(p), 'not an absolute path');
const jsonText = <T extends z.ZodType>(shape: T) =>
  z.string().max(100_000).refine((s) => {
    try {
      return shape.safeParse(JSON.parse(s)).success;
    } catch {
      return false;
    }
  }, 'not valid JSON of the expected shape');

export const progressFileSchema = z.object({
  format: z.literal('backend-roadmap-progress'),
  version: z.literal(1),
  exportedAt: iso,
  profile: z
    .object({
      name: text(80).min(1),
      track: z.enum(['node', 'python']),
      hours_per_week: z.number().positive().max(80),
      start_date: day,
      workspace: absolutePath,
      created_at: iso,
      updated_at: iso,
      // absent from exports before it existed; null: the creation time orders the quiz
      quiz_seed: text(80).min(1).nullable().default(null),
    })
    .nullable(),
  weeks: z.array(z.object({ week, completed_at: iso.nullable(), source: z.enum(['manual', 'exercises', 'import', 'review']) })),
  checkins: z.array(
    z.object({
      uid,
      created_at: iso,
      day,
      week: week.nullable(),
      hours: z.number().min(0).max(24),
      confidence: z.number().int().min(1).max(5),
      built: text(),
      blockers: text(),
      notes: text(),
    }),
  ),
  exerciseAttempts: z.array(
    z.object({ uid, exercise_id: slug, created_at: iso, passed: z.union([z.literal(0), z.literal(1)]), duration_ms: z.number().int().min(0).max(86_400_000), summary: text(1000) }),
  ),
  exerciseState: z.array(
    z.object({ exercise_id: slug, hints_shown: z.number().int().min(0).max(100), passed_at: iso.nullable(), started_at: iso.nullable() }),
  ),
  quizResults: z.array(
    z
      .object({
        uid,
        week: week.nullable(),
        // added with month review quizzes: older exports have week quizzes only
        month: z.number().int().min(1).max(4).nullable().default(null),
        created_at: iso,
        score: z.number().int().min(0),
        total: z.number().int().min(1).max(1000),
        answers: jsonText(z.array(z.number().int().min(0))),
      })
      .refine((q) => q.score <= q.total, { message: 'score is larger than total', path: ['score'] })
      .refine((r) => (r.week === null) !== (r.month === null), { message: 'a quiz result has a week or a month, not both' }),
  ),
  projects: z.array(z.object({ uid, template: slug, path: absolutePath, options: jsonText(z.record(z.string(), z.unknown())), created_at: iso })),
  // added after the first release of the format: older exports simply have none
  lessonViews: z.array(z.object({ week, first_viewed_at: iso, last_viewed_at: iso })).default([]),
});
export type ProgressFile = z.infer<typeof progressFileSchema>;

const columns = {
  checkins: ['uid', 'created_at', 'day', 'week', 'hours', 'confidence', 'built', 'blockers', 'notes'],
  exercise_attempts: ['uid', 'exercise_id', 'created_at', 'passed', 'duration_ms', 'summary'],
  quiz_results: ['uid', 'week', 'month', 'created_at', 'score', 'total', 'answers'],
  projects: ['uid', 'template', 'path', 'options', 'created_at'],
} as const;

function selectAll(db: Db, table: keyof typeof columns): unknown[] {
  return db.prepare(`SELECT ${columns[table].join(', ')} FROM ${table} ORDER BY id`).all();
}

/** Exporting never fails on old rows: control characters (ANSI colours in a check's summary) are dropped. */
const withoutControlCharacters = (_key: string, value: unknown) => (typeof value === 'string' ? value.replace(CONTROL_CHARACTERS, '') : value);

/** The export as JSON text, which `importProgress` accepts back. */
export function exportProgressJson(db: Db): string {
  return `${JSON.stringify(exportProgress(db), withoutControlCharacters, 2)}\n`;
}

export function exportProgress(db: Db): ProgressFile {
  return {
    format: 'backend-roadmap-progress',
    version: 1,
    exportedAt: nowIso(),
    profile:
      db.prepare('SELECT name, track, hours_per_week, start_date, workspace, created_at, updated_at, quiz_seed FROM profile WHERE id = 1').get() ?? null,
    weeks: db.prepare('SELECT week, completed_at, source FROM week_progress ORDER BY week').all(),
    checkins: selectAll(db, 'checkins'),
    exerciseAttempts: selectAll(db, 'exercise_attempts'),
    exerciseState: db.prepare('SELECT exercise_id, hints_shown, passed_at, started_at FROM exercise_state ORDER BY exercise_id').all(),
    quizResults: selectAll(db, 'quiz_results'),
    projects: selectAll(db, 'projects'),
    lessonViews: db.prepare('SELECT week, first_viewed_at, last_viewed_at FROM lesson_views ORDER BY week').all(),
  } as ProgressFile;
}

export interface ImportSummary {
  profile: 'imported' | 'kept-existing' | 'none';
  weeksCompleted: number;
  checkins: number;
  exerciseAttempts: number;
  quizResults: number;
  projects: number;
}

/** Merges an export into the database in one transaction: adds what is missing, never removes or overwrites. */
export function importProgress(db: Db, file: ProgressFile): ImportSummary {
  return immediate(db, () => {
    const insertRows = (table: keyof typeof columns, rows: Record<string, unknown>[]): number => {
      const cols = columns[table];
      const stmt = db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')}) ON CONFLICT (uid) DO NOTHING`);
      return rows.reduce((n, row) => n + stmt.run(row).changes, 0);
    };
    let profile: ImportSummary['profile'] = 'none';
    if (file.profile) {
      const added = db
        .prepare(
          `INSERT INTO profile (id, name, track, hours_per_week, start_date, workspace, created_at, updated_at, quiz_seed)
           VALUES (1, @name, @track, @hours_per_week, @start_date, @workspace, @created_at, @updated_at, @quiz_seed) ON CONFLICT (id) DO NOTHING`,
        )
        .run(file.profile).changes;
      profile = added ? 'imported' : 'kept-existing';
    }
    const completeWeek = db.prepare(
      `INSERT INTO week_progress (week, completed_at, source) VALUES (@week, @completed_at, 'import')
       ON CONFLICT (week) DO UPDATE SET completed_at = excluded.completed_at, source = 'import'
       WHERE week_progress.completed_at IS NULL`,
    );
    const weeksCompleted = file.weeks.filter((w) => w.completed_at).reduce((n, w) => n + completeWeek.run(w).changes, 0);
    const mergeState = db.prepare(
      `INSERT INTO exercise_state (exercise_id, hints_shown, passed_at, started_at) VALUES (@exercise_id, @hints_shown, @passed_at, @started_at)
       ON CONFLICT (exercise_id) DO UPDATE SET
         hints_shown = MAX(exercise_state.hints_shown, excluded.hints_shown),
         passed_at = COALESCE(MIN(exercise_state.passed_at, excluded.passed_at), exercise_state.passed_at, excluded.passed_at),
         started_at = COALESCE(MIN(exercise_state.started_at, excluded.started_at), exercise_state.started_at, excluded.started_at)`,
    );
    for (const s of file.exerciseState) mergeState.run(s);
    const mergeView = db.prepare(
      `INSERT INTO lesson_views (week, first_viewed_at, last_viewed_at) VALUES (@week, @first_viewed_at, @last_viewed_at)
       ON CONFLICT (week) DO UPDATE SET first_viewed_at = MIN(lesson_views.first_viewed_at, excluded.first_viewed_at),
         last_viewed_at = MAX(lesson_views.last_viewed_at, excluded.last_viewed_at)`,
    );
    for (const v of file.lessonViews) mergeView.run(v);
    return {
      profile,
      weeksCompleted,
      checkins: insertRows('checkins', file.checkins),
      exerciseAttempts: insertRows('exercise_attempts', file.exerciseAttempts),
      quizResults: insertRows('quiz_results', file.quizResults),
      projects: insertRows('projects', file.projects),
    };
  });
}
