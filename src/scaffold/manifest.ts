import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError, usageError } from '../core/errors.js';
import { templatesDir } from '../core/paths.js';
import { templateFolder, templateKey, type Lang } from './lang.js';
import type { ManifestData } from './manifest-schema.js';
import { cmd } from '../core/invocation.js';

export type Manifest = ManifestData & { dir: string };

/**
 * The packaged templates' manifests, validated and precomputed at build time: YAML + zod cost
 * ~50 ms, a third of the whole `new` budget. Keyed by templateKey(name, lang). Other roots
 * (tests) are parsed from YAML.
 */
export const templatesIndexFile = fileURLToPath(new URL('../templates-index.json', import.meta.url));

function templateFolders(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'template.yaml')))
    .map((d) => d.name)
    .sort();
}

/** Parses every template.yaml under root; a folder that does not match its name + lang is a bug. */
async function parseAll(root: string): Promise<Record<string, ManifestData>> {
  const { parseManifestFile } = await import('./manifest-schema.js');
  const entries = templateFolders(root).map((folder) => {
    const data = parseManifestFile(join(root, folder, 'template.yaml'));
    const expected = templateFolder(data.name, data.lang);
    if (folder !== expected) throw new UserError(`Template folder ${folder} declares name ${data.name} and lang ${data.lang}: its folder must be ${expected}`);
    return [templateKey(data.name, data.lang), data] as const;
  });
  return Object.fromEntries(entries);
}

async function catalog(root: string): Promise<Manifest[]> {
  const index =
    root === templatesDir && existsSync(templatesIndexFile)
      ? (JSON.parse(readFileSync(templatesIndexFile, 'utf8')) as Record<string, ManifestData>)
      : await parseAll(root);
  return Object.values(index).map((data) => ({ ...data, dir: join(root, templateFolder(data.name, data.lang)) }));
}

export async function loadManifest(name: string, lang: Lang = 'node', root = templatesDir): Promise<Manifest> {
  const all = await catalog(root);
  const found = all.find((m) => m.name === name && m.lang === lang);
  if (found) return found;
  const langs = all.filter((m) => m.name === name).map((m) => m.lang);
  if (langs.length > 0) {
    throw usageError(
      `The ${name} template has no ${lang} version; it exists for: ${langs.join(', ')}`,
      `Pass --lang ${langs[0]}, or see them all with: ${cmd('new --list')}`,
    );
  }
  const names = [...new Set(all.map((m) => m.name))].sort();
  throw usageError(`Unknown template ${JSON.stringify(name)}. Available: ${names.join(', ')}`, `See them all with: ${cmd('new --list')}`);
}

/** The languages a template exists in; an unknown name is a usage error (checked before anything slower). */
export async function templateLangs(name: string, root = templatesDir): Promise<Lang[]> {
  const langs = (await catalog(root)).filter((m) => m.name === name).map((m) => m.lang);
  if (langs.length === 0) await loadManifest(name, 'node', root); // throws "Unknown template ..."
  return langs;
}

/** Every template in every language, by week, then name, then language. */
export async function listTemplates(root = templatesDir): Promise<Manifest[]> {
  return (await catalog(root)).sort(
    (a, b) => Number.parseInt(a.weeks, 10) - Number.parseInt(b.weeks, 10) || a.name.localeCompare(b.name) || a.lang.localeCompare(b.lang),
  );
}

/** What the build writes to templatesIndexFile: every packaged manifest, validated. */
export async function buildTemplatesIndex(root = templatesDir): Promise<Record<string, ManifestData>> {
  return parseAll(root);
}
