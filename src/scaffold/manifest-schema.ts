import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { UserError } from '../core/errors.js';
import { LANGS } from './lang.js';

/** `templates/<folder>/template.yaml`: what `new` needs to know about a template. */
export const manifestSchema = z
  .object({
    /** the project's name, the same for every language (`blog-api`, not `blog-api-python`) */
    name: z.string().regex(/^[a-z0-9-]+$/),
    lang: z.enum(LANGS).default('node'),
    title: z.string().min(3),
    description: z.string().min(10),
    weeks: z.string().regex(/^\d{1,2}(-\d{1,2})?$/),
    server: z.boolean().default(false),
    /** the command that starts the program, `$PORT` standing for the port (see defaultStart) */
    start: z.string().min(1).optional(),
    options: z.object({ db: z.array(z.enum(['sqlite', 'postgres'])).min(1).optional() }).strict().default({}),
    /** conditional files; every file not listed is always written (complete/starter: see --starter) */
    files: z
      .array(z.object({ path: z.string().min(1), when: z.string().regex(/^(docker|db=(sqlite|postgres)|complete|starter)$/) }).strict())
      .default([]),
    postSteps: z.array(z.string()).default([]),
  })
  .strict()
  .refine((m) => m.start !== undefined || m.lang === 'node' || m.server, {
    message: 'a Python command-line template must declare `start:` (e.g. python -m calculator)',
    path: ['start'],
  });
export type ManifestData = z.infer<typeof manifestSchema>;

export function parseManifestFile(file: string): ManifestData {
  const result = manifestSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new UserError(`Template manifest ${file} is invalid: ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}
