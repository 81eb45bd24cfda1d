import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {} from 'handlebars'; // declares the global TemplateSpecification
import { templatesDir } from '../core/paths.js';

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

/** One .hbs file as the build compiled it: its text then (a file edited since no longer matches) and its spec. */
export interface PrecompiledTemplate {
  source: string;
  spec: TemplateSpecification;
}

/** A template folder's precompiled files, by their posix path inside the folder (`files/README.md.hbs`). */
export type PrecompiledFolder = Record<string, PrecompiledTemplate>;

const require = createRequire(import.meta.url);

const loaded = new Map<string, PrecompiledFolder | undefined>();

/** A template folder's precompiled module (once per folder), or undefined without a build. */
function precompiledFolder(folder: string): PrecompiledFolder | undefined {
  if (!loaded.has(folder)) loaded.set(folder, existsSync(precompiledFile(folder)) ? (require(precompiledFile(folder)) as PrecompiledFolder) : undefined);
  return loaded.get(folder);
}

/**
 * The build's spec for the template file at `source`, when the file still holds `text`: none for
 * other roots (tests' fixtures), without a build, or for a file edited since.
 */
export function precompiledSpec(source: string, text: Buffer): TemplateSpecification | undefined {
  // a prefix test, not path.relative: this runs for every file of a project
  if (!source.startsWith(templatesDir + sep)) return undefined;
  const [folder = '', ...inFolder] = source.slice(templatesDir.length + 1).split(sep);
  const found = precompiledFolder(folder)?.[inFolder.join('/')];
  return found && text.equals(Buffer.from(found.source)) ? found.spec : undefined;
}
