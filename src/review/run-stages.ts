import { runCliStep, type CliTarget } from './cli.js';
import { runHttpStep } from './http.js';
import { curlLine } from './curl.js';
import { resolveLesson } from './lesson-ref.js';
import { stepKind, type CliStep, type HttpStep, type Matcher, type SqlStep, type Stage, type StagesFile, type Step, type WsStep } from './schema.js';
import type { SqlTarget } from './sql.js';
import { drawVars, type Vars } from './template-values.js';
import type { StageOutcome, StepFailure } from './types.js';
import type { WsClients } from './websocket.js';
import { cmd } from '../core/invocation.js';

/** What the steps talk to; only the parts a project kind needs are set. */
export interface StageTargets {
  baseUrl?: string;
  cli?: CliTarget;
  sql?: SqlTarget;
}

interface Runtime {
  targets: StageTargets;
  vars: Vars;
  shapes: Record<string, Record<string, Matcher>>;
  ws?: WsClients;
}

async function wsClients(rt: Runtime): Promise<WsClients> {
  if (!rt.ws) {
    const { WsClients } = await import('./websocket.js');
    rt.ws = new WsClients(rt.targets.baseUrl!);
  }
  return rt.ws;
}

async function runStep(step: Step, index: number, rt: Runtime): Promise<StepFailure | undefined> {
  const kind = stepKind(step);
  if (kind === 'http') {
    const r = await runHttpStep(step as HttpStep, { baseUrl: rt.targets.baseUrl!, vars: rt.vars, shapes: rt.shapes });
    if (r.ok) return undefined;
    return { step: step.name, index, sent: curlLine(r.request), ...(r.note ? { note: r.note } : {}), mismatch: r.mismatch! };
  }
  if (kind === 'websocket') return (await wsClients(rt)).run(step as WsStep, index, rt.vars);
  if (kind === 'cli') return runCliStep(step as CliStep, index, rt.targets.cli!, rt.vars);
  const { runSqlStep } = await import('./sql.js');
  return runSqlStep(step as SqlStep, index, rt.targets.sql!);
}

async function runStage(stage: Stage, number: number, rt: Runtime): Promise<StageOutcome> {
  const started = performance.now();
  let failure: StepFailure | undefined;
  for (const [i, step] of stage.steps.entries()) {
    failure = await runStep(step as Step, i + 1, rt);
    if (failure) break;
  }
  const base = { number, id: stage.id, week: stage.week, title: stage.title, passed: !failure, ms: Math.round(performance.now() - started) };
  if (!failure) return base;
  const lesson = resolveLesson(stage.lesson) ?? { week: stage.week, section: stage.lesson.split('#')[1]!, command: cmd(`week ${stage.week}`) };
  return { ...base, failure, task: stage.task, hint: stage.hint, lesson };
}

/**
 * Runs stages 1..upTo in order (earlier stages re-run: a regression shows up where it happens)
 * and stops at the first failing stage. Values captured by one stage are visible to the next.
 */
export async function runStages(file: StagesFile, upTo: number, targets: StageTargets, onStage?: (s: StageOutcome) => void): Promise<StageOutcome[]> {
  const rt: Runtime = { targets, vars: drawVars(file.vars), shapes: file.shapes };
  const outcomes: StageOutcome[] = [];
  try {
    for (const [i, stage] of file.stages.slice(0, upTo).entries()) {
      const outcome = await runStage(stage, i + 1, rt);
      outcomes.push(outcome);
      onStage?.(outcome);
      if (!outcome.passed) break;
    }
  } finally {
    rt.ws?.closeAll();
  }
  return outcomes;
}
