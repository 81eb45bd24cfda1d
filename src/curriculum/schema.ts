import { z } from 'zod';
import { TRACKS } from './tracks.js';

export { exerciseFitsTrack, TRACKS } from './tracks.js';
export const trackSchema = z.enum(TRACKS);
export type Track = z.infer<typeof trackSchema>;

/** An exercise belongs to one track, or to both when its language is shared (SQL). */
export const exerciseTrackSchema = z.enum([...TRACKS, 'shared']);
export type ExerciseTrack = z.infer<typeof exerciseTrackSchema>;

const quizChoiceSchema = z
  .object({
    text: z.string().min(1),
    /** why this choice is right, or why a learner might pick it and what it gets wrong */
    why: z.string().min(10),
  })
  .strict();

const quizQuestionSchema = z
  .object({
    question: z.string().min(10),
    /** a snippet to read ("what does this print?"), shown under the question */
    code: z.string().min(1).optional(),
    /** only for learners of this track (code that differs per language); absent: every track */
    track: trackSchema.optional(),
    choices: z.array(quizChoiceSchema).min(2).max(6),
    /** 0-based index into choices, in the order written here (the learner sees them shuffled) */
    answer: z.number().int().min(0),
  })
  .strict()
  .refine((q) => q.answer < q.choices.length, { message: 'answer must index into choices' });

const resourceSchema = z.object({ title: z.string().min(1), url: z.url() }).strict();

export const weekSchema = z
  .object({
    week: z.number().int().min(1).max(16),
    month: z.number().int().min(1).max(4),
    monthTitle: z.string().min(3),
    title: z.string().min(3),
    summary: z.string().min(20),
    goals: z.array(z.string().min(5)).min(3),
    topics: z.array(z.string().min(2)).min(3),
    project: z
      .object({
        title: z.string().min(3),
        brief: z.string().min(20),
        /** name of a `templates/<name>` scaffold, when the project has one */
        template: z.string().optional(),
      })
      .strict(),
    resources: z.array(resourceSchema).min(2),
    quiz: z.array(quizQuestionSchema).min(3).max(10),
  })
  .strict();
export type Week = z.infer<typeof weekSchema>;
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export type QuizChoice = z.infer<typeof quizChoiceSchema>;

export const exerciseSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be kebab-case'),
    week: z.number().int().min(1).max(16),
    /** position within the week (1 = first); a week's exercises are those whose `week` matches */
    order: z.number().int().min(1),
    track: exerciseTrackSchema,
    title: z.string().min(3),
    difficulty: z.enum(['easy', 'medium', 'hard']),
    checker: z.enum(['node-test', 'python-unittest', 'sql', 'static']),
    /** Markdown task statement shown by `exercise start` */
    task: z.string().min(20),
    hints: z.array(z.string().min(5)).min(2),
    /** file names inside the exercise folder */
    starter: z.string(),
    solution: z.string(),
    /** hidden test file (node-test / python-unittest) */
    test: z.string().optional(),
    /** time limit of one check, when the checker's default is too short (a test that runs several suites) */
    timeoutMs: z.number().int().min(1000).max(120_000).optional(),
    /**
     * What the learner's code may do besides files, denied unless the exercise needs it. node-test:
     * child-process and addons (Node's permission model). python-unittest: child-process (the
     * runner's audit hook; addons mean nothing there).
     */
    allow: z.array(z.enum(['child-process', 'addons'])).optional(),
    /**
     * python-unittest: third-party packages the test and the learner's code import (pip requirement
     * specifiers). The checker installs them once into a venv in the cache folder; absent, the
     * check runs on the bare interpreter with the standard library only.
     */
    python: z
      .object({ requires: z.array(z.string().regex(/^[A-Za-z0-9][\w.\-[\],<>=!~* ]*$/, 'a pip requirement like sqlalchemy>=2,<3')).min(1) })
      .strict()
      .optional(),
    /** sql checker */
    sql: z
      .object({
        /** SQL file(s) run before the learner's, in order: a shared schema, then the exercise's rows */
        seed: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
        compare: z.enum(['rows-ordered', 'rows-unordered', 'schema']),
        /** for compare: schema — the tables whose shape is compared */
        tables: z.array(z.string()).optional(),
        /** optional query run after the learner's SQL; its rows are compared instead of the learner's last result */
        probe: z.string().optional(),
      })
      .strict()
      .optional(),
    /** static checker */
    static: z
      .object({
        kind: z.enum(['dockerfile', 'compose', 'readme']),
        rules: z.array(z.string()).min(1),
      })
      .strict()
      .optional(),
  })
  .strict();
export type Exercise = z.infer<typeof exerciseSchema>;
