import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureSnapshot, snapshotPath } from '../../src/exercises/checkers/sql-snapshot.js';
import { sandbox } from '../helpers/cli.js';
import { tempDir, sharedCacheDir } from '../helpers/temp.js';

// SQL stages (blog-schema): the learner's schema.sql runs in PGlite, then catalogue probes.

const good = readFileSync(fileURLToPath(new URL('../fixtures/review/blog-schema.sql', import.meta.url)), 'utf8');
const sharedCache = sharedCacheDir;

/** initdb takes seconds: every sandbox gets a copy of one PGlite snapshot. */
function reviewBox() {
  const box = sandbox();
  mkdirSync(join(box.home, 'cache'), { recursive: true });
  copyFileSync(snapshotPath(sharedCache), snapshotPath(join(box.home, 'cache')));
  return box;
}

function project(schema: string): string {
  const dir = tempDir('brm-review-sql-');
  writeFileSync(join(dir, 'schema.sql'), schema);
  writeFileSync(join(dir, 'backend-roadmap.json'), JSON.stringify({ project: 'blog-schema' }));
  return dir;
}

beforeAll(async () => {
  await ensureSnapshot(sharedCache);
});

describe('review: blog-schema stages', () => {
  it('a schema that meets the brief passes every stage', async () => {
    const run = await reviewBox().run(['review', '--dir', project(good)]);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/5\/5 stages pass/);
  });

  it('a foreign key without an index fails the index stage and names it', async () => {
    const run = await reviewBox().run(['review', '--dir', project(good.replace('CREATE INDEX comments_author ON comments (author_id);', ''))]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('Stage 5 (indexes) fails at step 1: every foreign key is indexed');
    expect(run.stdout).toContain('comments.comments_author_id_fkey');
  });

  it('a foreign key left at the default ON DELETE fails the foreign-key stage', async () => {
    const run = await reviewBox().run(['review', '--dir', project(good.replace('ON DELETE SET NULL', ''))]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('Stage 3 (foreign-keys) fails at step 4');
  });

  it('SQL that does not run is reported with its error, exit 1', async () => {
    const run = await reviewBox().run(['review', '--dir', project('CREATE TABLE users (id int PRIMARY KEY,);')]);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('Your schema does not run in PostgreSQL');
  });
});
