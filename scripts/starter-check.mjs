// `test-templates --starter`: proves a template's `new --starter` skeleton next to its complete
// project. The skeleton reuses the complete project's installed dependencies (hard-linked
// node_modules, or the same .venv: Python projects are not installed into it), runs its own
// tests, then `review` must fail, at a stage after the first (servers keep their health stage)
// and with the starter's "TODO (stage <id>)" answer, where the project has review stages.
import { execa } from 'execa';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectsDir = fileURLToPath(new URL('../curriculum/projects/', import.meta.url));

export async function proveStarter({ c, root, cwd, bin, step, env, checks }) {
  const dir = `${c.dir}-starter`;
  const starterCwd = join(root, dir);
  await step('new --starter', process.execPath, [bin, 'new', c.template, dir, '--starter', '--lang', c.lang, ...(c.db ? ['--db', c.db] : [])], root);
  if (c.lang === 'python') symlinkSync(join(cwd, '.venv'), join(starterCwd, '.venv'));
  else await step('cp -al node_modules', 'cp', ['-al', join(cwd, 'node_modules'), join(starterCwd, 'node_modules')], root);
  for (const [label, file, args] of checks) await step(`starter: ${label}`, file, args, starterCwd);
  const stagesFile = join(projectsDir, c.template, 'stages.yaml');
  if (!existsSync(stagesFile)) return 'starter tests pass; no review stages yet';
  const cli = /^kind:\s*cli\b/m.test(readFileSync(stagesFile, 'utf8'));
  const review = await execa(process.execPath, [bin, 'review', c.template, '--json'], { cwd: starterCwd, reject: false, env }); // the project's data dir, never the learner's own
  if (review.exitCode !== 1) throw new Error(`${c.label} --starter: review exited ${review.exitCode}, expected 1 (a feature stage fails)\n${review.stderr}`);
  const report = JSON.parse(review.stdout);
  const failed = report.stages.findIndex((s) => !s.passed);
  const text = JSON.stringify(report.stages[failed] ?? {});
  if (failed < 0 || (!cli && failed === 0) || !/TODO \(stage /.test(text)) {
    throw new Error(`${c.label} --starter: expected review to pass the skeleton's stages and fail the first feature stage with its TODO, got ${text.slice(0, 400)}`);
  }
  return `starter tests pass, review fails stage ${failed + 1} (${report.stages[failed].id}) with its TODO`;
}
