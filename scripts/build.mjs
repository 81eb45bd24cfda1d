// Build: a clean dist/ (no stale modules from renamed files), tsc, the bundle the CLI runs
// (scripts/bundle.mjs), then the non-TypeScript assets: the SQL migrations beside the compiled store, and the curriculum index that `status` reads
// and the template manifests and precompiled templates that `new` reads (building them validates every week.yaml,
// exercise.yaml, template.yaml and review stages.yaml on the way).
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
rmSync(new URL('dist/', root), { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
cpSync(new URL('src/store/migrations/', root), new URL('dist/store/migrations/', root), { recursive: true });
cpSync(new URL('src/exercises/checkers/python/', root), new URL('dist/exercises/checkers/python/', root), { recursive: true });
await import('./bundle.mjs');
const { buildHelpCache } = await import('./help-cache.mjs');
const { helpCacheFile } = await import('../dist/help-cache.js');
writeFileSync(helpCacheFile, `${JSON.stringify(await buildHelpCache())}\n`);
const { buildIndex, indexFile } = await import('../dist/curriculum/index-file.js');
writeFileSync(indexFile, `${JSON.stringify(await buildIndex())}\n`);
const { buildTemplatesIndex, templatesIndexFile } = await import('../dist/scaffold/manifest.js');
writeFileSync(templatesIndexFile, `${JSON.stringify(await buildTemplatesIndex())}\n`);
// per template: its pack (every file as built, starter regions resolved, .hbs files prerendered),
// from which `new` writes without Handlebars, and its .hbs files precompiled, for one edited since
const { writePrecompiledTemplates } = await import('../dist/scaffold/precompile.js');
await writePrecompiledTemplates();
// review stages: validated here, and their count per project kept for `status`
const { buildProjectsIndex } = await import('../dist/review/stages.js');
const { projectsIndexFile } = await import('../dist/review/projects-index.js');
writeFileSync(projectsIndexFile, `${JSON.stringify(await buildProjectsIndex())}\n`);
// node-test case lists: each hidden test's cases, which a verify's reported cases must match
const { loadExercises } = await import('../dist/curriculum/load.js');
const { buildCaseLists, caseListFile } = await import('../dist/exercises/checkers/node-cases.js');
writeFileSync(caseListFile, `${JSON.stringify(await buildCaseLists(loadExercises().filter((e) => e.checker === 'node-test')))}\n`);
// the empty PostgreSQL data folder SQL checks start from, shipped so that a learner's first check
// need not run initdb (seconds); kept between builds in node_modules/.cache, as dist/ is emptied above
const { writePackagedSnapshot } = await import('../dist/exercises/checkers/sql-snapshot.js');
await writePackagedSnapshot(fileURLToPath(new URL('node_modules/.cache/backend-roadmap/', root)));
