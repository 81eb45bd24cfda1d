import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {} from 'handlebars'; // declares the global TemplateSpecification
import { templatesDir } from '../core/paths.js';
import { readPack, type TemplatePack } from './pack.js';

/**
 * How every template file is compiled, at build time and in the fallback alike. noEscape: these are
 * source files, not HTML; strict: a missing variable is a template bug; only our helpers.
 */
export const COMPILE_OPTIONS = { strict: true, noEscape: true, knownHelpers: { eq: true, json: true }, knownHelpersOnly: true } as const;

/**
 * The build precompiles the packaged templates' .hbs files (scripts/build.mjs): one CommonJS module
 * per template folder. Rendering them needs only the small Handlebars runtime instead of the parser
 * and code generator.
 */
export const precompiledDir = fileURLToPath(new URL('../templates-precompiled/', import.meta.url));

export const precompiledFile = (folder: string): string => join(precompiledDir, `${folder}.cjs`);

/** Beside it, the folder's pack: every file of its files/ as the build read it (pack.ts). */
export const packFile = (folder: string): string => join(precompiledDir, `${folder}.pack`);

const packs = new Map<string, TemplatePack | undefined>();

/** The pack of the packaged template folder `folder` (read once per process), or undefined without a build. */
export function templatePack(folder: string): TemplatePack | undefined {
  if (!packs.has(folder)) packs.set(folder, readPack(join(templatesDir, folder, 'files'), packFile(folder)));
  return packs.get(folder);
}

/** A template folder's precompiled .hbs files, by their posix path below files/ (`README.md.hbs`). */
export type PrecompiledFolder = Record<string, TemplateSpecification>;

const require = createRequire(import.meta.url);

const loaded = new Map<string, PrecompiledFolder | undefined>();

/** A template folder's precompiled module (once per folder), or undefined without a build. */
function precompiledFolder(folder: string): PrecompiledFolder | undefined {
  if (!loaded.has(folder)) loaded.set(folder, existsSync(precompiledFile(folder)) ? (require(precompiledFile(folder)) as PrecompiledFolder) : undefined);
  return loaded.get(folder);
}

/**
 * The build's spec for the template file at `source`, when the file still holds `text`, the bytes
 * the build compiled (kept in the folder's pack): none for other roots (tests' fixtures), without a
 * build, or for a file edited since.
 */
export function precompiledSpec(source: string, text: Buffer): TemplateSpecification | undefined {
  // a prefix test, not path.relative: this runs for every file of a project
  if (!source.startsWith(templatesDir + sep)) return undefined;
  const [folder = '', files, ...inFiles] = source.slice(templatesDir.length + 1).split(sep);
  if (files !== 'files') return undefined;
  const rel = inFiles.join('/');
  const built = templatePack(folder)?.built(rel);
  return built?.equals(text) ? precompiledFolder(folder)?.[rel] : undefined;
}
