import type Handlebars from 'handlebars';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { UserError } from '../core/errors.js';
import type { Manifest } from './manifest.js';
import { pythonPackageName } from './names.js';
import type { PlannedFile, ScaffoldOptions } from './plan.js';
import { COMPILE_OPTIONS, precompiledSpec } from './precompiled.js';
import { fillPlaceholders, variantKey } from './prerender.js';

export interface RenderedFile {
  target: string;
  content: Buffer;
  mode: number;
}

export interface TemplateContext {
  /** the project folder's name: package.json / pyproject.toml `name` */
  name: string;
  /** the same, for templates that read better with it */
  projectName: string;
  /** snake_case Python identifier derived from the name (`blog-api` -> `blog_api`) */
  packageName: string;
  lang: string;
  title: string;
  description: string;
  db?: string;
  isPostgres: boolean;
  isSqlite: boolean;
  docker: boolean;
  year: number;
  nodeVersion: string;
  /** the Python the course teaches (Docker images, CI); projects require >= 3.11 */
  pythonVersion: string;
}

export function templateContext(name: string, manifest: Manifest, options: ScaffoldOptions): TemplateContext {
  return {
    name,
    projectName: name,
    packageName: pythonPackageName(name),
    lang: manifest.lang,
    title: manifest.title,
    description: manifest.description,
    ...(options.db ? { db: options.db } : {}),
    isPostgres: options.db === 'postgres',
    isSqlite: options.db === 'sqlite',
    docker: options.docker,
    year: new Date().getFullYear(),
    nodeVersion: '20',
    pythonVersion: '3.13',
  };
}

/** A private Handlebars environment with only the helpers templates are allowed to use. */
export function withHelpers(hbs: typeof Handlebars): typeof Handlebars {
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('json', (value: unknown) => JSON.stringify(value));
  return hbs;
}

type Template = (context: TemplateContext, options: Handlebars.RuntimeOptions) => string;

/**
 * Each file's template: the build's precompiled spec when one matches the file's text (only the
 * Handlebars runtime runs), else compiled here (fixtures, or templates edited since the build).
 * Both are loaded only when needed: a packaged template mostly comes prerendered.
 */
function templates(): (file: PlannedFile, text: Buffer) => Template {
  let runtime: typeof Handlebars | undefined;
  let compiler: typeof Handlebars | undefined;
  const load = (id: string) => withHelpers((createRequire(import.meta.url)(id) as typeof Handlebars).create());
  return (file, text) => {
    const spec = precompiledSpec(file.source, text);
    // the runtime half (no parser or compiler) is a quarter of the whole
    if (spec) return (runtime ??= load('handlebars/runtime.js')).template(spec);
    return (compiler ??= load('handlebars')).compile(text.toString('utf8'), COMPILE_OPTIONS);
  };
}

export function renderFiles(files: PlannedFile[], context: TemplateContext): RenderedFile[] {
  const templateOf = templates();
  return files.map((file) => {
    const raw = file.packed?.bytes ?? readFileSync(file.source);
    const mode = file.packed?.mode ?? statSync(file.source).mode & 0o777;
    if (!file.render) return { target: file.target, content: raw, mode };
    const prerendered = file.packed?.rendering(variantKey(context));
    if (prerendered) return { target: file.target, content: Buffer.from(fillPlaceholders(prerendered.toString('utf8'), context)), mode };
    try {
      const text = templateOf(file, raw)(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
      return { target: file.target, content: Buffer.from(text), mode };
    } catch (error) {
      throw new UserError(`Template file ${file.source} failed to render: ${(error as Error).message.split('\n')[0]}`);
    }
  });
}
