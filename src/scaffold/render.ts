import type Handlebars from 'handlebars';
import HandlebarsRuntime from 'handlebars/runtime.js';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { UserError } from '../core/errors.js';
import type { Manifest } from './manifest.js';
import { pythonPackageName } from './names.js';
import type { PlannedFile, ScaffoldOptions } from './plan.js';
import { COMPILE_OPTIONS, precompiledSpec } from './precompiled.js';

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

// The runtime half of Handlebars (no parser or compiler). Its runtime.d.ts declares nothing for the
// `.js` path Node's ESM resolution needs, so it is typed as what it is: Handlebars minus compile.
const Runtime = HandlebarsRuntime as unknown as typeof Handlebars;

/** A private Handlebars environment with only the helpers templates are allowed to use. */
function withHelpers(hbs: typeof Handlebars): typeof Handlebars {
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('json', (value: unknown) => JSON.stringify(value));
  return hbs;
}

type Template = (context: TemplateContext, options: Handlebars.RuntimeOptions) => string;

/**
 * Each file's template: the build's precompiled spec when one matches the file's text (only the
 * Handlebars runtime runs), else compiled here (fixtures, or templates edited since the build).
 */
function templates(): (file: PlannedFile, text: Buffer) => Template {
  let runtime: typeof Handlebars | undefined;
  let compiler: typeof Handlebars | undefined;
  return (file, text) => {
    const spec = precompiledSpec(file.source, text);
    if (spec) return (runtime ??= withHelpers(Runtime.create())).template(spec);
    // the full compiler, loaded only when needed: it is four times the runtime's size
    compiler ??= withHelpers((createRequire(import.meta.url)('handlebars') as typeof Handlebars).create());
    return compiler.compile(text.toString('utf8'), COMPILE_OPTIONS);
  };
}

export function renderFiles(files: PlannedFile[], context: TemplateContext): RenderedFile[] {
  const templateOf = templates();
  return files.map((file) => {
    const raw = readFileSync(file.source);
    const mode = statSync(file.source).mode & 0o777;
    if (!file.render) return { target: file.target, content: raw, mode };
    try {
      const text = templateOf(file, raw)(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
      return { target: file.target, content: Buffer.from(text), mode };
    } catch (error) {
      throw new UserError(`Template file ${file.source} failed to render: ${(error as Error).message.split('\n')[0]}`);
    }
  });
}
