import { describe, expect, it } from 'vitest';
import { planProject, renderProjectFiles } from '../../src/scaffold/generate.js';
import { listTemplates } from '../../src/scaffold/manifest.js';
import { tempDir } from '../helpers/temp.js';

// A generated README is run line by line by people who trust it: its shell blocks must work as
// written in the folder that was just generated.

/** The ```bash / ```sh / ```shell blocks of a Markdown text, in order. */
const shellBlocks = (markdown: string) => [...markdown.matchAll(/```(?:bash|sh|shell|console)\n([\s\S]*?)```/g)].map((m) => m[1]!);

/** Variables a line sets: `X=…`, `export X=…`, `for X in`, `read X` (also after ; && | or `(`). */
const assigned = (line: string) => [
  ...[...line.matchAll(/(?:^|[;&|(]\s*|\bexport\s+)([A-Za-z_]\w*)=/g)].map((m) => m[1]!),
  ...[...line.matchAll(/\b(?:for|read(?: -\w+)*)\s+([A-Za-z_]\w*)/g)].map((m) => m[1]!),
];

/** Variables a line expands, leaving out comments and single-quoted text (which the shell does not expand). */
const expanded = (line: string) =>
  [...line.replace(/'[^']*'/g, "''").replace(/(^|\s)#.*$/, '').matchAll(/\$\{?([A-Za-z_]\w*)/g)].map((m) => m[1]!);

const FROM_THE_SHELL = new Set(['HOME', 'PATH', 'PWD', 'USER']);

/** Each variable expanded before any line of the README set it. */
export function unsetVariables(markdown: string): string[] {
  const set = new Set(FROM_THE_SHELL);
  const unset: string[] = [];
  for (const line of shellBlocks(markdown).join('\n').split('\n')) {
    for (const name of expanded(line)) if (!set.has(name) && !assigned(line).includes(name)) unset.push(`$${name} in: ${line.trim()}`);
    for (const name of assigned(line)) set.add(name);
  }
  return unset;
}

describe('unsetVariables', () => {
  it('finds a variable used before it is set, and ignores comments and single quotes', () => {
    expect(unsetVariables('```bash\ncurl -H "Bearer $TOKEN" x\n```\n')).toEqual(['$TOKEN in: curl -H "Bearer $TOKEN" x']);
    expect(unsetVariables("```bash\nTOKEN=$(curl x)\ncurl -H \"Bearer $TOKEN\" '$NOT' # $ALSO_NOT\n```\n")).toEqual([]);
  });
});

describe('generated READMEs work as written', async () => {
  const templates = await listTemplates();
  const variants = templates.flatMap((t) =>
    (t.options.db ?? [undefined]).flatMap((db) => [true, false].map((docker) => ({ template: t.name, lang: t.lang, db, docker }))),
  );

  it.each(variants)('$lang/$template (db $db, docker $docker)', async ({ template, lang, db, docker }) => {
    const plan = await planProject({ template, lang, dir: `${tempDir('brm-readme-')}/${lang === 'python' ? 'my_project' : 'my-project'}`, db, docker });
    const readme = renderProjectFiles(plan).find((f) => f.target === 'README.md');
    expect(readme, 'every template has a README').toBeDefined();
    const text = readme!.content.toString();
    expect(text).not.toMatch(/git clone https:\/\/github\.com\/(<you>|yourusername)/); // the project is already here
    expect(unsetVariables(text)).toEqual([]);
  });
});

// Packages whose install needs an install script (npm 11.16+ `allowScripts`; npm 12 blocks the
// rest): better-sqlite3 builds or downloads its binary; esbuild (under tsx and vitest's vite)
// fetches its platform binary.
const NEEDS_SCRIPTS: Record<string, string[]> = { 'better-sqlite3': ['better-sqlite3'], tsx: ['esbuild'], vitest: ['esbuild'] };

describe('generated package.json files approve the install scripts they need', async () => {
  const templates = (await listTemplates()).filter((t) => t.lang === 'node');
  const variants = templates.flatMap((t) => (t.options.db ?? [undefined]).map((db) => ({ template: t.name, db })));

  it.each(variants)('$template (db $db)', async ({ template, db }) => {
    const plan = await planProject({ template, lang: 'node', dir: `${tempDir('brm-pkg-')}/my-project`, db });
    const pkg = JSON.parse(renderProjectFiles(plan).find((f) => f.target === 'package.json')!.content.toString()) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
      allowScripts?: Record<string, boolean>;
    };
    const deps = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
    const needed = [...new Set(deps.flatMap((d) => NEEDS_SCRIPTS[d] ?? []))].sort();
    expect(needed.length).toBeGreaterThan(0);
    expect(Object.keys(pkg.allowScripts ?? {}).sort()).toEqual(needed);
    expect(Object.values(pkg.allowScripts ?? {}).every(Boolean)).toBe(true);
  });
});
