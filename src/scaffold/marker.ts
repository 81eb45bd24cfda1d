import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/paths.js';
import { MARKER_FILE } from '../core/marker-file.js';
import { defaultStart } from './lang.js';
import type { Manifest } from './manifest.js';
import type { ScaffoldOptions } from './plan.js';
import type { RenderedFile } from './render.js';

export { MARKER_FILE };

export interface ProjectMarker {
  /** what the project is (the template's project: blog-api, calculator…): `review` picks its stages by it */
  project: string;
  /** the learner's name for it (the folder name given to `new`) */
  name: string;
  lang: Manifest['lang'];
  /** null for templates without a database option */
  db: string | null;
  docker: boolean;
  template: string;
  generatedBy: string;
  /** starts the program; `$PORT` stands for the port to listen on */
  start: string;
  /** present (true) only in `--starter` skeletons */
  starter?: true;
}

function cliVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

export function projectMarker(name: string, manifest: Manifest, options: ScaffoldOptions): ProjectMarker {
  return {
    project: manifest.name,
    name,
    lang: manifest.lang,
    db: options.db ?? null,
    docker: options.docker,
    template: manifest.name,
    generatedBy: `backend-roadmap@${cliVersion()}`,
    start: manifest.start ?? defaultStart(manifest.lang),
    ...(options.starter ? { starter: true as const } : {}),
  };
}

export function markerFile(marker: ProjectMarker): RenderedFile {
  return { target: MARKER_FILE, content: Buffer.from(`${JSON.stringify(marker, null, 2)}\n`), mode: 0o644 };
}
