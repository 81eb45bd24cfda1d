import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { usageError } from '../core/errors.js';
import { curriculumDir } from '../core/paths.js';
import type { ProjectsIndex } from './projects-index.js';
import { stagesFileSchema, type StagesFile } from './schema.js';

// yaml + zod cost tens of milliseconds to import: only the review path loads this module.

export const projectsDir = resolve(curriculumDir, 'projects');

export function stagesFilePath(project: string, root = projectsDir): string {
  return join(root, project, 'stages.yaml');
}

export function projectNames(root = projectsDir): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'stages.yaml')))
    .map((d) => d.name)
    .sort();
}

interface Issue {
  path: PropertyKey[];
  message: string;
  code?: string;
  errors?: Issue[][];
}

/** A union (a step is one of four kinds) fails as a whole: report the closest alternative's problem. */
function describeIssue(issue: Issue, prefix: PropertyKey[] = []): string {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors?.length) {
    const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
    if (closest[0]) return describeIssue(closest[0], path);
  }
  return `${path.map(String).join('.')}: ${issue.message}`;
}

/** Parses and validates one stages.yaml; a broken file names the field that is wrong. */
export async function parseStagesFile(file: string): Promise<StagesFile> {
  const { parse } = await import('yaml');
  const result = stagesFileSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    throw new Error(`${file}: ${describeIssue(result.error.issues[0]!)}`);
  }
  return result.data;
}

export async function loadStages(project: string, root = projectsDir): Promise<StagesFile> {
  const file = stagesFilePath(project, root);
  if (!existsSync(file)) {
    throw usageError(`There are no review stages for "${project}"`, `Projects with stages: ${projectNames(root).join(', ') || 'none'}`);
  }
  return parseStagesFile(file);
}

/** Validates every stages.yaml and keeps what `status` needs (see projects-index.ts). */
export async function buildProjectsIndex(root = projectsDir): Promise<ProjectsIndex> {
  const projects: ProjectsIndex['projects'] = {};
  for (const name of projectNames(root)) {
    const file = await parseStagesFile(stagesFilePath(name, root));
    if (file.project !== name) throw new Error(`${stagesFilePath(name, root)}: project is "${file.project}", expected "${name}"`);
    projects[name] = { title: file.title, stages: file.stages.map((s) => ({ id: s.id, week: s.week })) };
  }
  return { projects };
}
