// Build time only (scripts/build.mjs): the CLI itself never loads the Handlebars compiler for packaged templates.
import Handlebars from 'handlebars';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { templatesDir } from '../core/paths.js';
import { templateFolder } from './lang.js';
import { listTemplates, type Manifest } from './manifest.js';
import type { PackIndex } from './pack.js';
import { compareCodeUnits, walk, type ScaffoldOptions } from './plan.js';
import { COMPILE_OPTIONS, packFile, precompiledDir, precompiledFile } from './precompiled.js';
import { fillPlaceholders, placeholderContext, variantKey } from './prerender.js';
import { templateContext, withHelpers } from './render.js';
import { applyStarterRegions, STARTER_MARKER } from './starter-regions.js';

/** Every folder below `dir` as posix paths, '' for `dir` itself. */
function folders(dir: string, prefix = ''): string[] {
  const subs = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory());
  return [prefix, ...subs.flatMap((e) => folders(join(dir, e.name), prefix ? `${prefix}/${e.name}` : e.name))];
}

/** Every option combination a project of this template can be generated with. */
function optionSets(manifest: Manifest): ScaffoldOptions[] {
  return (manifest.options.db ?? [undefined]).flatMap((db) => [true, false].map((docker) => ({ db, docker })));
}

const compiler = withHelpers(Handlebars.create());

/**
 * A .hbs file rendered with placeholders for each option combination (prerender.ts), or undefined
 * when filling them in would not give what Handlebars renders: checked with two real names and years.
 */
function renderings(text: string, manifest: Manifest): Map<string, string> | undefined {
  const render = compiler.compile(text, COMPILE_OPTIONS);
  const out = new Map<string, string>();
  for (const options of optionSets(manifest)) {
    const samples = [templateContext('my-project', manifest, options), { ...templateContext('x9', manifest, options), year: 2101 }];
    const withPlaceholders = render(placeholderContext(samples[0]!));
    if (!samples.every((context) => fillPlaceholders(withPlaceholders, context) === render(context))) return undefined;
    out.set(variantKey(samples[0]!), withPlaceholders);
  }
  return out;
}

/**
 * Writes the pack of one template folder (pack.ts): its index line, then each file's bytes; for a
 * file with starter regions, its complete-project text; for a .hbs file, its renderings. A
 * malformed region fails the build. Returns the files as read.
 */
export function writeTemplatePack(filesDir: string, file: string, label: string, manifest?: Manifest): { path: string; bytes: Buffer }[] {
  // Before reading, and 2 s earlier still: a file changed while the build reads it, or stamped by a
  // file system clock a tick behind Date.now(), looks newer than the copy (and is read from disk).
  const builtAt = Date.now() - 2000;
  const blobs: Buffer[] = [];
  let at = 0;
  const add = (bytes: Buffer) => {
    blobs.push(bytes);
    at += bytes.length;
    return { at: at - bytes.length, size: bytes.length };
  };
  const read = walk(filesDir)
    .sort(compareCodeUnits)
    .map((path) => ({ path, bytes: readFileSync(join(filesDir, path)) }));
  const files = read.map(({ path, bytes }): PackIndex['files'][number] => {
    const stored = { path, ...add(bytes) };
    if (path.endsWith('.hbs')) {
      // (its starter regions are resolved after rendering, as for a file rendered at run time)
      const rendered = manifest && renderings(bytes.toString('utf8'), manifest);
      return rendered ? { ...stored, renderings: Object.fromEntries([...rendered].map(([key, text]) => [key, add(Buffer.from(text))])) } : stored;
    }
    // as applyMode resolves a copied file at run time
    if (!bytes.includes(STARTER_MARKER)) return stored;
    return { ...stored, complete: add(Buffer.from(applyStarterRegions(bytes.toString('utf8'), 'complete', `${label}/${path}`))) };
  });
  const index: PackIndex = { builtAt, dirs: folders(filesDir), total: at, files };
  writeFileSync(file, Buffer.concat([Buffer.from(`${JSON.stringify(index)}\n`), ...blobs]));
  return read;
}

/**
 * Per packaged template: its pack, and one module with each .hbs file's template spec keyed by its
 * posix path below files/ (a PrecompiledFolder), for files the pack has no rendering of or that
 * changed since. Returns how many files were precompiled.
 */
export async function writePrecompiledTemplates(root = templatesDir): Promise<number> {
  mkdirSync(precompiledDir, { recursive: true });
  let count = 0;
  for (const manifest of await listTemplates(root)) {
    const folder = templateFolder(manifest.name, manifest.lang);
    const label = `templates/${folder}/files`;
    // compiled from the bytes packed, which a spec is used with
    const entries = writeTemplatePack(join(root, folder, 'files'), packFile(folder), label, manifest)
      .filter(({ path }) => path.endsWith('.hbs'))
      .map(({ path, bytes }) => {
        try {
          return `${JSON.stringify(path)}: ${Handlebars.precompile(bytes.toString('utf8'), COMPILE_OPTIONS)}`;
        } catch (error) {
          throw new Error(`${label}/${path} does not compile: ${(error as Error).message}`);
        }
      });
    count += entries.length;
    const header = `// Generated by scripts/build.mjs from templates/${folder}: Handlebars.precompile of its .hbs files.`;
    writeFileSync(precompiledFile(folder), `${header}\nmodule.exports = {\n${entries.join(',\n')}\n};\n`);
  }
  return count;
}
