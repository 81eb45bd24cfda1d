import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {} from 'handlebars'; // declares the global TemplateSpecification
import { nodeCrypto } from '../core/crypto.js';
import { templatesDir } from '../core/paths.js';

/**
 * How every template file is compiled, at build time and in the fallback alike. noEscape: these are
 * source files, not HTML; strict: a missing variable is a template bug; only our helpers.
 */
export const COMPILE_OPTIONS = { strict: true, noEscape: true, knownHelpers: { eq: true, json: true }, knownHelpersOnly: true } as const;

/**
 * The build precompiles the packaged templates' .hbs files (scripts/build.mjs): one CommonJS module
 * per template folder, mapping each file's sourceKey to its template spec. Rendering them needs only
 * the small Handlebars runtime instead of the parser and code generator.
 */
export const precompiledDir = fileURLToPath(new URL('../templates-precompiled/', import.meta.url));

export const precompiledFile = (folder: string): string => join(precompiledDir, `${folder}.cjs`);

/** A template file's key: the hash of its text, so an edited file never matches a stale spec. */
export function sourceKey(text: Buffer): string {
  return nodeCrypto().createHash('sha256').update(text).digest('base64url');
}

export type Specs = Record<string, TemplateSpecification>;

const require = createRequire(import.meta.url);

/**
 * The precompiled specs of the packaged template folder holding `source`: none for other roots
 * (tests' fixtures) or without a build. Node's module cache loads each folder's module once.
 */
export function precompiledSpecsFor(source: string): Specs {
  const rel = relative(templatesDir, source);
  const folder = rel.split(sep)[0];
  if (!folder || folder === '..' || isAbsolute(rel) || !existsSync(precompiledFile(folder))) return {};
  return require(precompiledFile(folder)) as Specs;
}
