import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError, usageError } from '../core/errors.js';
import { templatesDir } from '../core/paths.js';
import type { ManifestData } from './manifest-schema.js';

export type Manifest = ManifestData & { dir: string };

/**
 * The packaged templates' manifests, validated and precomputed at build time: YAML + zod cost
 * ~50 ms, a third of the whole `new` budget. Other roots (tests) are parsed from YAML.
 */
export const templatesIndexFile = fileURLToPath(new URL('../templates-index.json', import.meta.url));

async function readManifestData(name: string, root: string): Promise<ManifestData> {
  if (root === templatesDir && existsSync(templatesIndexFile)) {
    const index = JSON.parse(readFileSync(templatesIndexFile, 'utf8')) as Record<string, ManifestData>;
    if (index[name]) return index[name];
  }
  const { parseManifestFile } = await import('./manifest-schema.js');
  return parseManifestFile(join(root, name, 'template.yaml'));
}

function templateNames(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'template.yaml')))
    .map((d) => d.name)
    .sort();
}

export async function loadManifest(name: string, root = templatesDir): Promise<Manifest> {
  if (!/^[a-z0-9-]+$/.test(name) || !existsSync(join(root, name, 'template.yaml'))) {
    throw usageError(`Unknown template ${JSON.stringify(name)}. Available: ${templateNames(root).join(', ')}`, 'See them all with: backend-roadmap new --list');
  }
  const data = await readManifestData(name, root);
  if (data.name !== name) throw new UserError(`Template folder ${name} declares name ${data.name}`);
  return { ...data, dir: join(root, name) };
}

export async function listTemplates(root = templatesDir): Promise<Manifest[]> {
  const manifests = await Promise.all(templateNames(root).map((name) => loadManifest(name, root)));
  return manifests.sort((a, b) => Number.parseInt(a.weeks, 10) - Number.parseInt(b.weeks, 10) || a.name.localeCompare(b.name));
}

/** What the build writes to templatesIndexFile: every packaged manifest, validated. */
export async function buildTemplatesIndex(root = templatesDir): Promise<Record<string, ManifestData>> {
  const { parseManifestFile } = await import('./manifest-schema.js');
  return Object.fromEntries(templateNames(root).map((name) => [name, parseManifestFile(join(root, name, 'template.yaml'))]));
}
