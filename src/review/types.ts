import type { Mismatch } from './expect.js';
import type { LessonSection } from './lesson-ref.js';

/** The first step of a stage that did not do what the stage asks. */
export interface StepFailure {
  step: string;
  /** 1-based position in the stage */
  index: number;
  /** what was sent, as something the learner can run again: a curl line, a wscat line, a shell line */
  sent: string;
  /** e.g. "sent 20 times at once" */
  note?: string;
  mismatch: Mismatch;
}

export interface StageOutcome {
  number: number;
  id: string;
  week: number;
  title: string;
  passed: boolean;
  ms: number;
  failure?: StepFailure;
  /** on failure: what the stage asks, the hint and where the lesson explains it */
  task?: string;
  hint?: string;
  lesson?: LessonSection | { week: number; section: string; command: string };
}

export interface ReviewReport {
  project: string;
  title: string;
  dir: string;
  /** the URL reviewed, and how the program was started (absent with --url) */
  target: { url?: string; command?: string; database?: string };
  /** how many stages were asked for (1..N) and how many the project has */
  requested: number;
  total: number;
  stages: StageOutcome[];
  passed: boolean;
  /** wall time of the stages alone, after the program was ready */
  stagesMs: number;
  readyMs?: number;
}
