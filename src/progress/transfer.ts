import { z } from 'zod';
import { immediate, nowIso, type Db } from '../store/db.js';

/** The export file format. Every row carries a stable uid so importing twice adds nothing twice. */
const iso = z.string().min(10).max(40);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const week = z.number().int().min(1).max(16);

export const progressFileSchema = z.object({
  format: z.literal('backend-roadmap-progress'),
  version: z.literal(1),
  exportedAt: iso,
  profile: z
    .object({
      name: z.string().min(1).max(80),
      track: z.enum(['node', 'python']),
      hours_per_week: z.number().positive().max(80),
      start_date: day,
      workspace: z.string().min(1),
      created_at: iso,
      updated_at: iso,
    })
    .nullable(),
  weeks: z.array(z.object({ week, completed_at: iso.nullable(), source: z.enum(['manual', 'exercises', 'import', 'review']) })),
  checkins: z.array(
    z.object({
      uid: z.string().min(8),
      created_at: iso,
      day,
      week: week.nullable(),
      hours: z.number().min(0).max(24),
      confidence: z.number().int().min(1).max(5),
      built: z.string(),
      blockers: z.string(),
      notes: z.string(),
    }),
  ),
  exerciseAttempts: z.array(
    z.object({ uid: z.string().min(8), exercise_id: z.string().min(1), created_at: iso, passed: z.union([z.literal(0), z.literal(1)]), duration_ms: z.number().int().min(0), summary: z.string() }),
  ),
  exerciseState: z.array(
    z.object({ exercise_id: z.string().min(1), hints_shown: z.number().int().min(0), passed_at: iso.nullable(), started_at: iso.nullable() }),
  ),
  quizResults: z.array(
    z
      .object({
        uid: z.string().min(8),
        week: week.nullable(),
        // added with month review quizzes: older exports have week quizzes only
        month: z.number().int().min(1).max(4).nullable().default(null),
        created_at: iso,
        score: z.number().int().min(0),
        total: z.number().int().min(1),
        answers: z.string(),
      })
      .refine((r) => (r.week === null) !== (r.month === null), { message: 'a quiz result has a week or a month, not both' }),
  ),
  projects: z.array(z.object({ uid: z.string().min(8), template: z.string().min(1), path: z.string().min(1), options: z.string(), created_at: iso })),
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

export function exportProgress(db: Db): ProgressFile {
  return progressFileSchema.parse({
    format: 'backend-roadmap-progress',
    version: 1,
    exportedAt: nowIso(),
    profile:
      db.prepare('SELECT name, track, hours_per_week, start_date, workspace, created_at, updated_at FROM profile WHERE id = 1').get() ?? null,
    weeks: db.prepare('SELECT week, completed_at, source FROM week_progress ORDER BY week').all(),
    checkins: selectAll(db, 'checkins'),
    exerciseAttempts: selectAll(db, 'exercise_attempts'),
    exerciseState: db.prepare('SELECT exercise_id, hints_shown, passed_at, started_at FROM exercise_state ORDER BY exercise_id').all(),
    quizResults: selectAll(db, 'quiz_results'),
    projects: selectAll(db, 'projects'),
    lessonViews: db.prepare('SELECT week, first_viewed_at, last_viewed_at FROM lesson_views ORDER BY week').all(),
  });
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
          `INSERT INTO profile (id, name, track, hours_per_week, start_date, workspace, created_at, updated_at)
           VALUES (1, @name, @track, @hours_per_week, @start_date, @workspace, @created_at, @updated_at) ON CONFLICT (id) DO NOTHING`,
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
