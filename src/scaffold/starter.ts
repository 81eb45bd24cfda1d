import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { usageError, UserError } from '../core/errors.js';
import { packageRoot } from '../core/paths.js';
import type { PlannedFile } from './plan.js';
import type { RenderedFile } from './render.js';
import { applyStarterRegions, findStarterTodos, StarterRegionError, STARTER_MARKER, type ScaffoldMode } from './starter-regions.js';

/** Written into every `--starter` project: what to build, stage by stage, and where the TODOs are. */
export const STAGES_FILE = 'STAGES.md';

export interface StageSummary {
  id: string;
  week: number;
  title: string;
  task: string;
}

/** The review stages of a project, or undefined when it has none yet (yaml is loaded lazily). */
export async function loadStageSummaries(project: string): Promise<StageSummary[] | undefined> {
  const { loadStages, projectNames } = await import('../review/stages.js');
  if (!projectNames().includes(project)) return undefined;
  return (await loadStages(project)).stages.map(({ id, week, title, task }) => ({ id, week, title, task }));
}

/** A template without regions would hand out the complete project labelled as a skeleton: refuse. */
export function assertHasStarter(planned: PlannedFile[], template: string, lang: string): void {
  if (planned.some((f) => readFileSync(f.source).includes(STARTER_MARKER))) return;
  throw usageError(`The ${template} template (${lang}) has no starter version yet`, 'Drop --starter to get the complete project');
}

/** Resolves every file's starter regions for the mode; a malformed region names the template file. */
export function applyMode(rendered: RenderedFile[], planned: PlannedFile[], mode: ScaffoldMode): RenderedFile[] {
  return rendered.map((file, i) => {
    const packed = planned[i]?.packed;
    // a copied file from the build's pack: the build resolved its regions for the complete project
    if (mode === 'complete' && packed && !planned[i]!.render) return { ...file, content: packed.complete };
    if (!file.content.includes(STARTER_MARKER)) return file; // searched as bytes: most files need no decoding
    const text = file.content.toString('utf8');
    const source = relative(packageRoot, planned[i]?.source ?? file.target);
    try {
      return { ...file, content: Buffer.from(applyStarterRegions(text, mode, source)) };
    } catch (error) {
      if (error instanceof StarterRegionError) throw new UserError(`Template bug: ${error.message}`);
      throw error;
    }
  });
}

/** Points the project README at the guide, so the first thing a learner opens says it is a skeleton. */
export function withStarterBanner(files: RenderedFile[]): RenderedFile[] {
  return files.map((file) => {
    if (file.target !== 'README.md') return file;
    const banner = `> **Starter project.** The server, database wiring and tests run; the features are yours to build.\n> Follow [${STAGES_FILE}](${STAGES_FILE}) stage by stage and check each one with \`backend-roadmap review\`.\n\n`;
    return { ...file, content: Buffer.from(banner + file.content.toString('utf8')) };
  });
}

/** STAGES.md: the project's review stages in order, each with its task and the TODOs that belong to it. */
export function stagesGuide(template: string, server: boolean, stages: StageSummary[] | undefined, files: RenderedFile[]): RenderedFile {
  const todos = files.flatMap((f) => findStarterTodos(f.content.toString('utf8')).map((t) => ({ ...t, file: f.target })));
  const where = (stage: string | undefined) =>
    todos.filter((t) => t.stage === stage).map((t) => `- \`${t.file}:${t.line}\`: ${t.text}`);
  const out = [
    `# What to build, stage by stage`,
    '',
    server
      ? `This ${template} skeleton starts, answers \`GET /health\`, talks to its database and passes its own tests.`
      : `This ${template} skeleton runs, parses its arguments and passes its own tests.`,
    'Every feature is a `TODO (stage <id>)` in the code; tests of features you have not built yet are skipped',
    'with the same `TODO (stage <id>)` reason: un-skip them as you go.',
    '',
    '```sh',
    'backend-roadmap review --list        # the stages and which passed',
    'backend-roadmap review --stage 2     # stages 1..2 (earlier stages re-run: no regressions)',
    'backend-roadmap review               # every stage',
    '```',
    '',
    `The complete reference project: \`backend-roadmap new ${template} <folder>\` (without \`--starter\`).`,
    '',
  ];
  const known = new Set<string>();
  (stages ?? []).forEach((stage, i) => {
    known.add(stage.id);
    out.push(`## ${i + 1}. ${stage.title} (week ${stage.week}, \`${stage.id}\`)`, '', stage.task, '', `Check: \`backend-roadmap review --stage ${i + 1}\``, '');
    const lines = where(stage.id);
    if (lines.length) out.push('Where:', '', ...lines, '');
  });
  const rest = todos.filter((t) => t.stage === undefined || !known.has(t.stage));
  if (rest.length) {
    out.push(stages ? '## Other TODOs' : '## TODOs', '', ...rest.map((t) => `- \`${t.file}:${t.line}\`: ${t.text}`), '');
  }
  return { target: STAGES_FILE, content: Buffer.from(out.join('\n')), mode: 0o644 };
}
