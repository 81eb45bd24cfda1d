import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listTemplates } from '../../src/scaffold/manifest.js';
import { planFiles, type ScaffoldOptions } from '../../src/scaffold/plan.js';
import { planProject, renderProjectFiles } from '../../src/scaffold/generate.js';
import { STARTER_MARKER } from '../../src/scaffold/starter-regions.js';
import { tempDir } from '../helpers/temp.js';
import { renderFiles, templateContext } from '../../src/scaffold/render.js';

// The build precompiles the packaged templates into dist/templates-precompiled/; the built CLI
// renders with those specs and compiles only a file none matches. Run from src/ (no build output
// beside it), rendering compiles every file: both ways must give the same bytes.
const built = {
  generate: (await import(new URL('../../dist/scaffold/generate.js', import.meta.url).href)) as typeof import('../../src/scaffold/generate.js'),
  render: (await import(new URL('../../dist/scaffold/render.js', import.meta.url).href)) as typeof import('../../src/scaffold/render.js'),
  precompiled: (await import(new URL('../../dist/scaffold/precompiled.js', import.meta.url).href)) as typeof import('../../src/scaffold/precompiled.js'),
};

describe('precompiled templates', () => {
  it('render every packaged template, in every option combination, exactly as compiling it does', async () => {
    let precompiled = 0;
    for (const manifest of await listTemplates()) {
      for (const db of manifest.options.db ?? [undefined]) {
        for (const docker of [true, false]) {
          for (const starter of [false, true]) {
            const options: ScaffoldOptions = { db, docker, ...(starter ? { starter } : {}) };
            const files = planFiles(manifest, options).filter((f) => f.render); // the others are copied as they are
            const context = templateContext('my-project', manifest, options);
            const label = `${manifest.name} (${manifest.lang}) ${JSON.stringify(options)}`;
            expect(built.render.renderFiles(files, context), label).toEqual(renderFiles(files, context));
            precompiled += files.filter((f) => built.precompiled.precompiledSpec(f.source, readFileSync(f.source))).length;
          }
        }
      }
    }
    expect(precompiled).toBeGreaterThan(100); // the built renderer did use the specs
  });

  it('the build\'s packs give every packaged project, in every option combination and mode, byte for byte what the template files give', async () => {
    const cwd = tempDir();
    let projects = 0;
    for (const manifest of await listTemplates()) {
      for (const db of manifest.options.db ?? [undefined]) {
        for (const docker of [true, false]) {
          const hasStarter = planFiles(manifest, { db, docker }).some((f) => readFileSync(f.source).includes(STARTER_MARKER));
          for (const starter of hasStarter ? [false, true] : [false]) {
            const request = { template: manifest.name, lang: manifest.lang, dir: 'my-project', cwd, db, docker, starter };
            const fromPack = await built.generate.planProject(request);
            expect(fromPack.files.every((f) => f.packed)).toBe(true); // the build's copy, untouched since
            const asBytes = (files: { target: string; mode: number; content: Buffer }[]) => files.map((f) => `${f.target} ${f.mode.toString(8)}\n${f.content.toString('latin1')}`);
            const label = `${manifest.name} (${manifest.lang}) ${JSON.stringify({ db, docker, starter })}`;
            expect(asBytes(built.generate.renderProjectFiles(fromPack)), label).toEqual(asBytes(renderProjectFiles(await planProject(request))));
            projects++;
          }
        }
      }
    }
    expect(projects).toBeGreaterThan(30);
  });

  it('are used only while the file holds the text they were compiled from, and only for packaged templates', async () => {
    const [manifest] = await listTemplates();
    const file = planFiles(manifest!, { db: manifest!.options.db?.[0], docker: true }).find((f) => f.render)!;
    const text = readFileSync(file.source);
    expect(built.precompiled.precompiledSpec(file.source, text)).toBeDefined();
    expect(built.precompiled.precompiledSpec(file.source, Buffer.concat([text, Buffer.from('{{name}}')]))).toBeUndefined();
    const fixture = join(fileURLToPath(new URL('../fixtures/templates/demo/files', import.meta.url)), 'package.json.hbs');
    expect(built.precompiled.precompiledSpec(fixture, readFileSync(fixture))).toBeUndefined();
  });
});
