import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { UserError } from '../core/errors.js';

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
export type ManifestData = z.infer<typeof manifestSchema>;

export function parseManifestFile(file: string): ManifestData {
  const result = manifestSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new UserError(`Template manifest ${file} is invalid: ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}
