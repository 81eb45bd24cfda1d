// The packaged .hbs files rendered at build time, once per option combination, with a placeholder
// wherever the project's name or the year goes: `new` then fills in the placeholders instead of
// loading the Handlebars runtime and the precompiled specs (~4 ms of `new blog-api`). The build keeps
// a rendering only where filling in gives exactly what Handlebars renders (checked with two real
// names and years); any other file is rendered at run time as before.
import type { TemplateContext } from './render.js';

/** The context fields that differ between runs of one template with the same options. */
type RunFields = Pick<TemplateContext, 'name' | 'projectName' | 'packageName' | 'year'>;

// Upper case: project names are lower case, so a filled-in name never holds a placeholder.
const PLACEHOLDERS: Record<keyof RunFields, string> = {
  name: 'BRMPLACEHOLDERNAME',
  projectName: 'BRMPLACEHOLDERPROJECT',
  packageName: 'BRMPLACEHOLDERPACKAGE',
  year: 'BRMPLACEHOLDERYEAR',
};
const FIELDS = Object.keys(PLACEHOLDERS) as (keyof RunFields)[];

/** Which rendering of a file a context takes: the fields that come from the options. */
export const variantKey = (context: Pick<TemplateContext, 'db' | 'docker'>): string => `${context.db ?? ''}|${context.docker ? 'docker' : ''}`;

/** `context` with a placeholder in each run field, for rendering at build time. */
export function placeholderContext(context: TemplateContext): TemplateContext {
  return { ...context, ...(PLACEHOLDERS as unknown as RunFields) };
}

/** A build-time rendering with this run's name and year in place of the placeholders. */
export function fillPlaceholders(rendered: string, context: TemplateContext): string {
  return FIELDS.reduce((text, field) => text.split(PLACEHOLDERS[field]).join(String(context[field])), rendered);
}
