import type { Readme } from '../readme.js';
import type { RuleModule } from '../rule-module.js';

/**
 * Template text people forget to replace: "Project Name", "Feature 1", "yourusername",
 * "[Link to API docs]", "TODO", "Lorem ipsum", and angle-bracket slots such as `<URL>`,
 * `<you>` or `<your-username>` in a clone URL. Real angle-bracket arguments a reader types
 * (`Bearer <access token>`, `?before=<id>`) are not template slots and are left alone.
 */
const PLACEHOLDERS: RegExp[] = [
  /project name/gi,
  /\bfeature \d+\b/gi,
  /your-?user-?name/gi,
  /\[link to api docs\]/gi,
  /\bTODO\b/g, // upper case only: a "todo-list API" is a fine project
  /lorem ipsum/gi,
  /<\s*(?:url|link|[\w-]*[-_ ](?:url|link)|you|user(?:name)?|your[-_ ]?(?:github[-_ ]?)?(?:user(?:name)?|name|email|repo)|github[-_ ]?user(?:name)?|repo(?:sitory)?(?:[-_ ]name)?|project(?:[-_ ]name)?)\s*>/gi,
];

/** `no-placeholders`: no template text left anywhere in the README, code blocks included. */
export const noPlaceholders: RuleModule<Readme> = {
  id: 'no-placeholders',
  expected: 'no template placeholders left (Project Name, Feature 1, yourusername, <URL>, <you>, TODO, lorem ipsum)',
  lesson: 'week 15 § A README template',
  check(readme) {
    const found = readme.lines.flatMap((line, i) =>
      PLACEHOLDERS.flatMap((re) => line.match(re) ?? []).map((m) => `line ${i + 1}: ${m}`));
    if (found.length === 0) return undefined;
    return {
      actual: found.join('; '),
      message: 'Template text makes a project look unfinished, and a clone URL with <you> in it does not work. Replace each one listed with real content: the project\'s name, its actual features, your GitHub user name and the real URLs, a real link or endpoint list, and no TODO notes.',
    };
  },
};
