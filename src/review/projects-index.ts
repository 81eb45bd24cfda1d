import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// What `status` needs about review stages (count and week per stage), precomputed by the build so
// the status path never imports yaml or zod.

export interface ProjectsIndex {
  projects: Record<string, { title: string; stages: { id: string; week: number }[] }>;
}

export const projectsIndexFile = fileURLToPath(new URL('../projects-index.json', import.meta.url));

/** The prebuilt index, or empty when the build has not made one (status then shows no totals). */
export function readProjectsIndex(): ProjectsIndex {
  if (!existsSync(projectsIndexFile)) return { projects: {} };
  return JSON.parse(readFileSync(projectsIndexFile, 'utf8')) as ProjectsIndex;
}
