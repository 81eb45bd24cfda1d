import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { usageError } from '../core/errors.js';
import { MARKER_FILE } from '../core/marker-file.js';
import { cmd } from '../core/invocation.js';

export { MARKER_FILE };

const markerSchema = z.looseObject({
  project: z.string().min(1),
  lang: z.enum(['node', 'python']).optional(),
  /** null for templates without a database option */
  db: z.enum(['sqlite', 'postgres']).nullish(),
  template: z.string().optional(),
  start: z.string().min(1).optional(),
  setup: z.string().min(1).optional(),
});
export type Marker = z.infer<typeof markerSchema>;

export interface ProjectInfo {
  dir: string;
  project?: string;
  db?: 'sqlite' | 'postgres';
  lang?: 'node' | 'python';
  /** the command that starts the program, before $PORT expansion */
  start?: string;
  /** where `start` came from, for messages */
  startFrom?: string;
  /** the marker's one-off set-up command (seeding), overriding the stage file's */
  setup?: string;
}

export function readMarker(dir: string): Marker | undefined {
  const file = join(dir, MARKER_FILE);
  if (!existsSync(file)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw usageError(`${file} is not valid JSON (${(error as Error).message})`, `Fix it, or pass the project name: ${cmd('review blog-api')}`);
  }
  const parsed = markerSchema.safeParse(raw);
  if (!parsed.success) throw usageError(`${file} does not name a project (${parsed.error.issues[0]?.message})`);
  return parsed.data;
}

/** The package.json `start` script itself (what `npm start` would run). */
export function packageStartScript(dir: string): string | undefined {
  const file = join(dir, 'package.json');
  if (!existsSync(file)) return undefined;
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { scripts?: Record<string, string> }).scripts?.start;
  } catch {
    return undefined;
  }
}

function packageStart(dir: string): string | undefined {
  const file = join(dir, 'package.json');
  if (!existsSync(file)) return undefined;
  try {
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { scripts?: Record<string, string> };
    return pkg.scripts?.start ? 'npm start' : undefined;
  } catch {
    return undefined;
  }
}

/** A folder without a marker: package.json says Node, pyproject.toml or requirements.txt Python. */
function guessLang(dir: string): 'node' | 'python' | undefined {
  if (existsSync(join(dir, 'package.json'))) return 'node';
  if (['pyproject.toml', 'requirements.txt'].some((f) => existsSync(join(dir, f)))) return 'python';
  return undefined;
}

/** What the folder is and how it starts: --cmd wins, then the marker's `start`, then package.json. */
export function describeProject(dir: string, opts: { project?: string; cmd?: string }): ProjectInfo {
  const marker = readMarker(dir);
  const info: ProjectInfo = { dir };
  const project = opts.project ?? marker?.project;
  if (project) info.project = project;
  if (marker?.db) info.db = marker.db;
  const lang = marker?.lang ?? guessLang(dir);
  if (lang) info.lang = lang;
  if (marker?.setup) info.setup = marker.setup;
  if (opts.cmd) Object.assign(info, { start: opts.cmd, startFrom: '--cmd' });
  else if (marker?.start) Object.assign(info, { start: marker.start, startFrom: MARKER_FILE });
  else {
    const npm = packageStart(dir);
    if (npm) Object.assign(info, { start: npm, startFrom: 'package.json' });
  }
  return info;
}

/** `$PORT` / `${PORT}` (and the other values we set) expanded by us, so every shell sees the same. */
export function expandCommand(command: string, values: Record<string, string>): string {
  return command.replace(/\$\{(\w+)\}|\$(\w+)/g, (whole, a: string | undefined, b: string | undefined) => values[(a ?? b)!] ?? whole);
}
