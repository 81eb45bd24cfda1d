import type { CaseResult } from '../../types.js';
import { fail, pass, type ParseResult, type RuleSet } from './shared.js';

export interface Heading {
  level: number;
  text: string;
  /** lower-case words only: "## 🚀 Getting Started:" → "getting started" */
  key: string;
  line: number;
}

export interface Section extends Heading {
  /** prose lines of the section (outside code fences), sub-headings included */
  prose: string[];
  /** contents of each fenced code block in the section */
  code: string[];
}

export interface Readme {
  lines: string[];
  headings: Heading[];
  /** level-2 sections, in order */
  sections: Section[];
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(\s+#+)?\s*$/;
const BULLET = /^\s*([-*+]|\d+[.)])\s+\S/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

const keyOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

export function parseReadme(text: string): ParseResult<Readme> {
  const lines = text.split(/\r?\n/);
  const headings: Heading[] = [];
  const sections: Section[] = [];
  let current: Section | undefined;
  let fence: string | undefined;
  let code: string[] = [];
  lines.forEach((line, i) => {
    const marker = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) {
        current?.code.push(code.join('\n'));
        fence = undefined;
      } else code.push(line);
      return;
    }
    if (marker) { fence = marker; code = []; return; }
    const h = HEADING.exec(line);
    if (h) {
      const heading: Heading = { level: h[1]?.length ?? 1, text: h[2] ?? '', key: keyOf(h[2] ?? ''), line: i + 1 };
      headings.push(heading);
      if (heading.level <= 2) {
        current = heading.level === 2 ? { ...heading, prose: [], code: [] } : undefined;
        if (current) sections.push(current);
        return;
      }
    }
    current?.prose.push(line);
  });
  if (fence !== undefined) current?.code.push(code.join('\n'));
  return { ok: true, value: { lines, headings, sections } };
}

function findSection(readme: Readme, keys: string[]): Section | undefined {
  return readme.sections.find((s) => keys.includes(s.key));
}

/** Headings people often use instead of the expected ones: answered with "rename it". */
const NEAR_MISSES: Record<string, string[]> = {
  '## Features': ['what it does', 'functionality', 'highlights', 'key features', 'overview'],
  '## Tech Stack': ['built with', 'stack', 'technologies', 'tech', 'tools'],
  '## Getting Started': ['install', 'installation', 'setup', 'how to run', 'quick start', 'quickstart', 'running locally', 'run'],
  '## API': ['endpoints', 'routes', 'usage', 'events', 'documentation', 'docs'],
  '## Testing': ['test', 'how to test'],
  '## License': ['licensing', 'copyright'],
};

/** The failure for a missing section; notices the right heading at the wrong level, or a near miss. */
function missingSection(rule: string, expected: string, readme: Readme, keys: string[], heading: string, what: string): CaseResult {
  const show = (h: Heading) => `line ${h.line}: ${'#'.repeat(h.level)} ${h.text}`;
  const misplaced = readme.headings.find((h) => h.level !== 2 && keys.includes(h.key));
  if (misplaced) {
    return fail(rule, expected, show(misplaced),
      `Make it a level-2 heading, \`## ${misplaced.text}\` (two #), so it is a section of its own like the others.`);
  }
  const near = readme.headings.find((h) => h.level === 2 && (NEAR_MISSES[heading] ?? []).includes(h.key));
  if (near) {
    return fail(rule, expected, show(near),
      `Readers (and this checker) scan for the usual headings: rename \`## ${near.text}\` to \`${heading}\`, ${what}.`);
  }
  return fail(rule, expected, `no ${heading} section`, `Add a \`${heading}\` section ${what}.`);
}

const bullets = (s: Section) => s.prose.filter((l) => BULLET.test(l)).length;

function tableRows(s: Section): number {
  const sep = s.prose.findIndex((l) => TABLE_SEPARATOR.test(l) && l.includes('-'));
  if (sep === -1) return 0;
  let rows = 0;
  for (const line of s.prose.slice(sep + 1)) {
    if (!line.includes('|')) break;
    rows++;
  }
  return rows;
}

/** `title`: the first line is a `# ` heading with a real name. */
export function title(readme: Readme): CaseResult {
  const expected = 'the first line is "# <project name>"';
  const first = readme.lines.findIndex((l) => l.trim() !== '');
  const line = readme.lines[first] ?? '';
  const m = /^#\s+(.+?)\s*#*\s*$/.exec(line);
  if (!m) {
    return fail('title', expected, first === -1 ? 'an empty file' : `line ${first + 1}: ${line}`,
      'Start the README with a level-1 heading naming the project, e.g. `# Inkwell — Blog API`.');
  }
  const name = (m[1] ?? '').replace(/[`*_[\]]/g, '').trim();
  const placeholder = ['project name', 'project title', 'title', 'my project', 'your project', 'readme', 'untitled', 'project'];
  if (!/[a-z]{2}/i.test(name) || placeholder.includes(keyOf(name))) {
    return fail('title', expected, line, `"${name}" is a placeholder. Give the project a real name, e.g. \`# Inkwell — Blog API\`.`);
  }
  return pass('title', expected);
}

/** `description`: a non-empty paragraph directly after the title. */
export function description(readme: Readme): CaseResult {
  const expected = 'a paragraph describing the project right after the title';
  // after the `# ` title; if the file does not start with one, after its first level-1 heading
  const h1 = readme.headings.find((h) => h.level === 1);
  const firstLine = readme.lines.findIndex((l) => l.trim() !== '');
  const start = /^#\s/.test(readme.lines[firstLine] ?? '') || !h1 ? firstLine : h1.line - 1;
  const badge = /^(\s*\[?!\[[^\]]*\]\([^)]*\)(\]\([^)]*\))?\s*)+$/;
  const rest = readme.lines.slice(start + 1);
  const firstText = rest.findIndex((l) => l.trim() !== '' && !badge.test(l));
  const para: string[] = [];
  for (const l of firstText === -1 ? [] : rest.slice(firstText)) {
    if (l.trim() === '' || /^\s*(#|[-*+]\s|\d+[.)]\s|```|~~~|\|)/.test(l)) break;
    para.push(l.trim());
  }
  const text = para.join(' ');
  if (/brief description of what this project does/i.test(text)) {
    return fail('description', expected, text, 'That is the template sentence. Say in one or two sentences what the project does and for whom.');
  }
  if (text.split(/\s+/).filter((w) => /\w/.test(w)).length >= 3) return pass('description', expected);
  const next = firstText === -1 ? 'nothing' : (rest[firstText] ?? '').trim();
  return fail('description', expected, `after the title: ${next}`,
    'Right under the title, write a short paragraph (a sentence or two) saying what the project is and what it does.');
}

/** `features-section`: `## Features` with at least 3 bullet points. */
export function featuresSection(readme: Readme): CaseResult {
  const expected = '## Features with 3 or more bullet points';
  const s = findSection(readme, ['features']);
  if (!s) return missingSection('features-section', expected, readme, ['features'], '## Features', 'listing at least 3 things the project does, one bullet each');
  const n = bullets(s);
  if (n >= 3) return pass('features-section', expected);
  return fail('features-section', expected, `${n} bullet point(s)`, 'List at least 3 features, one per `- ` bullet, e.g. `- JWT login with refresh-token rotation`.');
}

/** `tech-stack-section`: `## Tech Stack` with at least 3 bullets or table rows. */
export function techStackSection(readme: Readme): CaseResult {
  const expected = '## Tech Stack with 3 or more bullets or table rows';
  const keys = ['tech stack', 'technology stack'];
  const s = findSection(readme, keys);
  if (!s) return missingSection('tech-stack-section', expected, readme, keys, '## Tech Stack', 'with the runtime, framework, database and tools you used');
  const n = bullets(s) + tableRows(s);
  if (n >= 3) return pass('tech-stack-section', expected);
  return fail('tech-stack-section', expected, `${n} item(s)`, 'Name at least 3 technologies, e.g. `- Node.js 20 + Express 5`, `- PostgreSQL 16`, `- Redis 7`.');
}

// Node and Python projects: npm/pnpm/yarn, pip/uv/poetry, or the whole stack through compose
const INSTALL = /\b(npm\s+(ci|install|i)|pnpm\s+(install|i)|pip3?\s+install|uv\s+sync|poetry\s+install)\b|\byarn(\s+install)?\s*$|\bdocker[ -]compose\b.*\bup\b/m;
const RUN = /\b(npm\s+(run\s+\S+|start)|node\s+\S+|(pnpm|yarn)\s+(run\s+)?(dev|start)|uvicorn\s+\S+|python3?\s+\S+|uv\s+run\s+\S+|fastapi\s+(run|dev)\b)|\bdocker[ -]compose\b.*\bup\b/m;

/** `getting-started-section`: `## Getting Started` with a code block that installs and runs. */
export function gettingStartedSection(readme: Readme): CaseResult {
  const expected = '## Getting Started with a code block that installs and runs the project';
  const keys = ['getting started'];
  const s = findSection(readme, keys);
  if (!s) return missingSection('getting-started-section', expected, readme, keys, '## Getting Started', 'with a ```bash block: clone, install (npm ci / pip install -r requirements.txt), run (npm run dev / uvicorn app.main:app)');
  const code = s.code.join('\n');
  if (s.code.length === 0) {
    return fail('getting-started-section', expected, 'no fenced code block', 'Put the commands in a fenced ```bash block so they can be copied: npm ci then npm run dev, or pip install -r requirements.txt then uvicorn app.main:app.');
  }
  const lacks = [INSTALL.test(code) ? '' : 'an install command (npm ci / pip install -r requirements.txt)', RUN.test(code) ? '' : 'a run command (npm run dev / uvicorn app.main:app)'].filter(Boolean);
  if (lacks.length === 0) return pass('getting-started-section', expected);
  return fail('getting-started-section', expected, `code block without ${lacks.join(' or ')}`, `Add ${lacks.join(' and ')} to the code block.`);
}

/** `api-docs-section`: `## API` / `## API Documentation` with an endpoint or a link. */
export function apiDocsSection(readme: Readme): CaseResult {
  const expected = '## API (or ## API Documentation) listing endpoints such as GET /posts, or linking to the docs';
  const keys = ['api', 'api documentation', 'api docs', 'api reference', 'api endpoints'];
  const s = findSection(readme, keys);
  if (!s) return missingSection('api-docs-section', expected, readme, keys, '## API', 'listing the main endpoints, e.g. `GET /posts` — list posts');
  const text = [...s.prose, ...s.code].join('\n');
  // `GET /posts`, `**GET** /posts`, or a table row `| GET | /posts |`
  const endpoint = /\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b[\s|`*]+\/\S*/.test(text);
  const link = /\[[^\]]+\]\(\s*[^)\s]+\s*\)|https?:\/\/\S+/.test(text);
  if (endpoint || link) return pass('api-docs-section', expected);
  return fail('api-docs-section', expected, 'no endpoint or link',
    'Show how to use the API: list endpoints (`POST /auth/login` — returns a JWT), or link to the docs, e.g. [OpenAPI spec](docs/openapi.yaml). "[Link to API docs]" without a URL is not a link.');
}

/** `tests-section`: `## Testing` / `## Running Tests` with a command in a code block. */
export function testsSection(readme: Readme): CaseResult {
  const expected = '## Testing with the test command in a code block';
  const keys = ['testing', 'running tests', 'tests', 'running the tests'];
  const s = findSection(readme, keys);
  if (!s) return missingSection('tests-section', expected, readme, keys, '## Testing', 'with the command that runs the tests in a ```bash block (e.g. npm test, or pytest)');
  if (s.code.some((c) => c.trim() !== '')) return pass('tests-section', expected);
  return fail('tests-section', expected, 'no command in a code block', 'Put the test command in a fenced code block:\n```bash\nnpm test\n```');
}

const LICENSES = /\b(MIT|Apache|GPL|LGPL|AGPL|BSD|MPL|ISC|Unlicense|CC0|CC[- ]BY|EPL|Zlib|Proprietary|All rights reserved)\b/i;

/** `license-section`: `## License` naming a license. */
export function licenseSection(readme: Readme): CaseResult {
  const expected = '## License naming the license (e.g. MIT)';
  const keys = ['license', 'licence'];
  const s = findSection(readme, keys);
  if (!s) return missingSection('license-section', expected, readme, keys, '## License', 'naming the license, e.g. "MIT — see LICENSE"');
  if (LICENSES.test(s.prose.join('\n'))) return pass('license-section', expected);
  return fail('license-section', expected, 'no license named', 'Name the license under the heading, e.g. `MIT — see [LICENSE](LICENSE)`.');
}

/** "Project Name", "Feature 1", "yourusername", "[Link to API docs]", "TODO", "Lorem ipsum" */
const PLACEHOLDERS: RegExp[] = [
  /project name/i,
  /\bfeature \d+\b/i,
  /yourusername/i,
  /\[link to api docs\]/i,
  /\bTODO\b/, // upper case only: a "todo-list API" is a fine project
  /lorem ipsum/i,
];

/** `no-placeholders`: no template text left ("Project Name", "Feature 1", "yourusername", …). */
export function noPlaceholders(readme: Readme): CaseResult {
  const expected = 'no template placeholders left';
  const found = readme.lines.flatMap((line, i) =>
    PLACEHOLDERS.map((re) => re.exec(line)?.[0]).filter((m): m is string => m !== undefined).map((m) => `line ${i + 1}: ${m}`));
  if (found.length === 0) return pass('no-placeholders', expected);
  return fail('no-placeholders', expected, found.join('; '),
    'Template text makes a project look unfinished. Replace each one listed with real content: the project\'s name, its actual features, your GitHub user name in the clone URL, a real link or endpoint list, and no TODO notes.');
}

export const readmeRules: RuleSet<Readme> = {
  label: 'README.md',
  parse: parseReadme,
  rules: {
    title,
    description,
    'features-section': featuresSection,
    'tech-stack-section': techStackSection,
    'getting-started-section': gettingStartedSection,
    'api-docs-section': apiDocsSection,
    'tests-section': testsSection,
    'license-section': licenseSection,
    'no-placeholders': noPlaceholders,
  },
};
