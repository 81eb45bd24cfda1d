import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { UserError, usageError } from '../core/errors.js';
import { templatesDir } from '../core/paths.js';

/** `templates/<name>/template.yaml`: what `new` needs to know about a template. */
export const manifestSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(3),
    description: z.string().min(10),
    weeks: z.string().regex(/^\d{1,2}(-\d{1,2})?$/),
    server: z.boolean().default(false),
    options: z.object({ db: z.array(z.enum(['sqlite', 'postgres'])).min(1).optional() }).strict().default({}),
    /** conditional files; every file not listed is always written */
    files: z
      .array(z.object({ path: z.string().min(1), when: z.string().regex(/^(docker|db=(sqlite|postgres))$/) }).strict())
      .default([]),
    postSteps: z.array(z.string()).default([]),
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema> & { dir: string };

export function listTemplates(root = templatesDir): Manifest[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'template.yaml')))
    .map((d) => loadManifest(d.name, root))
    .sort((a, b) => Number.parseInt(a.weeks, 10) - Number.parseInt(b.weeks, 10) || a.name.localeCompare(b.name));
}

export function loadManifest(name: string, root = templatesDir): Manifest {
  const dir = join(root, name);
  const file = join(dir, 'template.yaml');
  if (!/^[a-z0-9-]+$/.test(name) || !existsSync(file)) {
    const known = listTemplateNames(root);
    throw usageError(`Unknown template ${JSON.stringify(name)}. Available: ${known.join(', ')}`, 'See them all with: backend-roadmap new --list');
  }
  const result = manifestSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new UserError(`Template manifest ${file} is invalid: ${issue.path.join('.')}: ${issue.message}`);
  }
  if (result.data.name !== name) throw new UserError(`Template folder ${name} declares name ${result.data.name}`);
  return { ...result.data, dir };
}

function listTemplateNames(root: string): string[] {
  return existsSync(root) ? readdirSync(root).filter((n) => existsSync(join(root, n, 'template.yaml'))).sort() : [];
}
