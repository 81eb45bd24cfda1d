import { relative } from 'node:path';
import { plannedTargets, type ProjectPlan } from '../scaffold/generate.js';
import type { Manifest } from '../scaffold/manifest.js';
import type { Recovery } from '../scaffold/journal.js';
import type { WriteResult } from '../scaffold/write.js';
import { heading, line, success, warn } from './output.js';
import { c } from './theme.js';
import { cmd } from '../core/invocation.js';
import { count } from './plural.js';

export function printTemplateList(templates: Omit<Manifest, 'dir' | 'files'>[]): void {
  heading('Project templates');
  for (const t of templates) {
    line(`  ${c.bold(t.name.padEnd(15))} ${t.lang.padEnd(7)} ${c.dim(`weeks ${t.weeks.padEnd(6)}`)} ${t.description}`);
  }
  line();
  line(c.dim(`Create one: ${cmd('new <template> [dir] [--lang node|python]')}`));
}

/** The files as an indented tree, folders first-level grouped. */
function tree(paths: string[]): string[] {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    const parts = path.split('/');
    parts.forEach((part, depth) => {
      const key = parts.slice(0, depth + 1).join('/');
      if (seen.has(key)) return;
      seen.add(key);
      lines.push(`${'  '.repeat(depth + 1)}${depth < parts.length - 1 ? c.blue(`${part}/`) : part}`);
    });
  }
  return lines;
}

function describeOptions(plan: ProjectPlan): string {
  return [plan.manifest.lang, plan.options.db && `db ${plan.options.db}`, plan.options.docker ? 'docker' : 'no docker', plan.options.starter && 'starter'].filter(Boolean).join(', ');
}

export function printDryRun(plan: ProjectPlan): void {
  heading(`Dry run: ${plan.manifest.name} → ${plan.target.path} (${describeOptions(plan)})`);
  const targets = plannedTargets(plan).sort((a, b) => a.localeCompare(b));
  for (const l of tree(targets)) line(l);
  line();
  if (plan.overwrites.length) printOverwrites(plan, 'would replace');
  line(c.dim(`${count(targets.length, 'file')} would be written. Nothing was written.`));
}

/** One line: what the rollback of an interrupted run put back. */
export function printRecovered(r: Recovery): void {
  warn(`Restored ${r.target} to how it was before an interrupted \`new\` (started ${r.startedAt}): put back ${count(r.restored, 'replaced file')}, removed ${count(r.removed, 'file')} it had added`);
}

export function printInterrupted(path: string): void {
  warn(`${path} holds a \`new\` that was interrupted half-way; the next run without --dry-run puts the folder back first (the list below is the folder as it is now)`);
}

/** What --force is about to replace, before a byte is written. */
export function printOverwrites(plan: ProjectPlan, verb = 'will replace'): void {
  warn(`--force ${verb} ${plan.overwrites.length} existing file(s) (each backed up first): ${plan.overwrites.join(', ')}`);
}

export function printGenerated(plan: ProjectPlan, result: WriteResult): void {
  success(`Created ${plan.manifest.title} in ${plan.target.path} (${count(result.written.length, 'file')}; ${describeOptions(plan)})`);
  if (result.overwritten.length) warn(`overwrote ${result.overwritten.length} existing file(s): ${result.overwritten.join(', ')}; the old ones are in ${result.backup}`);
}

export function printGitDone(identityFallback: boolean): void {
  success('Initialised a git repository with a first commit');
  if (identityFallback) warn('git has no user.name/user.email set; the first commit used a placeholder identity. Set yours with git config --global.');
}

/** Echoes a command before it runs, so learners see (and can repeat) what was done for them. */
export function printRunning(command: string): void {
  line(c.dim(`$ ${command}`));
}

/** Python: a virtual environment per project, activated before pip and pytest. */
function pythonSteps(plan: ProjectPlan, installed: boolean): string[] {
  const steps = installed ? [] : ['python3 -m venv .venv   # Windows: py -m venv .venv'];
  steps.push('source .venv/bin/activate   # Windows: .venv\\Scripts\\activate');
  if (!installed) steps.push('pip install -r requirements-dev.txt');
  if (plan.options.db === 'postgres') steps.push('cp .env.example .env   # then set DATABASE_URL');
  steps.push(...plan.manifest.postSteps);
  if (!plan.manifest.postSteps.some((s) => s.startsWith('pytest'))) steps.push('pytest');
  return steps;
}

export function printNextSteps(plan: ProjectPlan, o: { pm: string; installed: boolean; cwd: string }): void {
  if (plan.manifest.lang === 'python') {
    printSteps([`cd ${relative(o.cwd, plan.target.path) || '.'}`, ...pythonSteps(plan, o.installed)], plan.options.starter);
    return;
  }
  const run = (script: string) => (o.pm === 'npm' ? `npm run ${script}` : `${o.pm} ${script}`);
  const steps = [`cd ${relative(o.cwd, plan.target.path) || '.'}`];
  if (!o.installed) steps.push(`${o.pm} install`);
  if (plan.options.db === 'postgres') steps.push('cp .env.example .env   # then set DATABASE_URL');
  steps.push(...plan.manifest.postSteps.map((s) => (s.startsWith('npm run ') ? run(s.slice('npm run '.length)) : s.startsWith('npm test') ? `${o.pm} test` : s)));
  printSteps(steps, plan.options.starter);
}

function printSteps(steps: string[], starter = false): void {
  line();
  line(c.bold('Next steps'));
  for (const s of steps) line(`  ${s}`);
  // A skeleton's features are TODOs: say where the plan is and how each stage is checked.
  if (starter) line(`  then open STAGES.md and build stage by stage; check with ${c.bold(cmd('review'))}`);
}
