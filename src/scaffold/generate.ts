import { basename, dirname } from 'node:path';
import { usageError } from '../core/errors.js';
import type { Lang } from './lang.js';
import { loadManifest, type Manifest } from './manifest.js';
import { markerFile, projectMarker, type ProjectMarker } from './marker.js';
import { assertValidProjectName } from './names.js';
import { compareCodeUnits, planFiles, type Db, type PlannedFile, type ScaffoldOptions } from './plan.js';
import { renderFiles, templateContext, type RenderedFile } from './render.js';
import { applyMode, assertHasStarter, loadStageSummaries, stagesGuide, STAGES_FILE, withStarterBanner, type StageSummary } from './starter.js';
import { existingTemplateFiles, resolveTarget, type Target } from './target.js';
import { hasJournal, recoverInterrupted, type Recovery } from './journal.js';
import { removeStaleStaging, writeProject, type WriteResult } from './write.js';

export interface ProjectRequest {
  template: string;
  lang?: Lang;
  dir: string;
  db?: string | undefined;
  /** undefined: the template's default (on for servers) */
  docker?: boolean | undefined;
  /** --starter: the skeleton with TODOs instead of the complete reference project */
  starter?: boolean | undefined;
  cwd?: string;
}

export interface ProjectPlan {
  manifest: Manifest;
  target: Target;
  options: ScaffoldOptions;
  /** the template's own files */
  files: PlannedFile[];
  /** backend-roadmap.json, written by the generator into every project */
  marker: ProjectMarker;
  /** files of the template that already exist in the target: --force replaces them (after a backup) */
  overwrites: string[];
  /** --starter only: the project's review stages (undefined when it has none yet), for STAGES.md */
  starter?: { stages: StageSummary[] | undefined };
}

function resolveDb(manifest: Manifest, db: string | undefined): Db | undefined {
  const choices = manifest.options.db;
  if (!choices) {
    if (db !== undefined) throw usageError(`The ${manifest.name} template has no database option; drop --db`);
    return undefined;
  }
  if (db === undefined) return choices[0];
  if (!(choices as string[]).includes(db)) throw usageError(`--db must be one of ${choices.join(', ')} for ${manifest.name}, got ${JSON.stringify(db)}`);
  return db as Db;
}

/** Validates everything up front, before a single byte is written. */
export async function planProject(req: ProjectRequest): Promise<ProjectPlan> {
  const manifest = await loadManifest(req.template, req.lang ?? 'node');
  const target = resolveTarget(req.dir, req.cwd);
  assertValidProjectName(target.name, manifest.lang);
  const options: ScaffoldOptions = { db: resolveDb(manifest, req.db), docker: req.docker ?? manifest.server, ...(req.starter ? { starter: true } : {}) };
  const plan: ProjectPlan = { manifest, target, options, files: planFiles(manifest, options), marker: projectMarker(target.name, manifest, options), overwrites: [] };
  if (req.starter) {
    assertHasStarter(plan.files, manifest.name, manifest.lang);
    plan.starter = { stages: await loadStageSummaries(manifest.name) }; // lazy: yaml + the stages schema
  }
  plan.overwrites = existingTemplateFiles(target, plannedTargets(plan));
  return plan;
}

/** Every path the project will hold, in code-unit order (the dry run lists them for people, by locale). */
export function plannedTargets(plan: ProjectPlan): string[] {
  const extra = plan.starter ? [STAGES_FILE] : [];
  return [...new Set([...plan.files.map((f) => f.target), markerFile(plan.marker).target, ...extra])].sort(compareCodeUnits);
}

/**
 * Cleans up after an earlier run on the folder `dir` that was killed: its half-done swap rolled
 * back from the journal (reported), its staging folder removed. Runs before planning, so the plan
 * sees the folder as it really was.
 */
export function recoverTarget(dir: string, cwd?: string): Recovery | undefined {
  const { path } = resolveTarget(dir, cwd);
  const recovery = recoverInterrupted(path);
  removeStaleStaging(dirname(path), basename(path));
  return recovery;
}

/** Whether `dir` holds a run that was interrupted and is not yet rolled back (for --dry-run, which changes nothing). */
export const interruptedRun = (dir: string, cwd?: string) => hasJournal(resolveTarget(dir, cwd).path);

export function generateProject(plan: ProjectPlan): WriteResult {
  const rendered = renderProjectFiles(plan);
  const marker = markerFile(plan.marker);
  return writeProject(plan.target.path, [...rendered.filter((f) => f.target !== marker.target), marker]);
}

/** The template's files rendered, with their starter regions resolved for the mode (plus STAGES.md in a starter). */
export function renderProjectFiles(plan: ProjectPlan): RenderedFile[] {
  const rendered = renderFiles(plan.files, templateContext(plan.target.name, plan.manifest, plan.options));
  if (!plan.starter) return applyMode(rendered, plan.files, 'complete'); // strips the markers
  const files = withStarterBanner(applyMode(rendered, plan.files, 'starter'));
  return [...files, stagesGuide(plan.manifest.name, plan.manifest.server, plan.starter.stages, files)];
}
