import { describe, expect, it } from 'vitest';
import { resolveLesson } from '../../src/review/lesson-ref.js';
import { stepKind, stagesFileSchema, type Step } from '../../src/review/schema.js';
import { buildProjectsIndex, loadStages, projectNames } from '../../src/review/stages.js';

// Every stages.yaml in the curriculum: valid, tied to existing lesson sections, kinds consistent.

const names = projectNames();

describe('curriculum/projects/*/stages.yaml', () => {
  it('there are stage files, blog-api among them with at least 10 stages', async () => {
    expect(names).toContain('blog-api');
    expect((await loadStages('blog-api')).stages.length).toBeGreaterThanOrEqual(10);
  });

  it.each(names)('%s: valid, lessons resolve, weeks fit the lesson, steps fit the project kind', async (name) => {
    const file = await loadStages(name);
    expect(file.project).toBe(name);
    for (const stage of file.stages) {
      const lesson = resolveLesson(stage.lesson);
      expect(lesson, `${stage.id}: lesson ${stage.lesson} has no such heading`).toBeDefined();
      expect(lesson!.week, `${stage.id}: points at a lesson after its own week`).toBeLessThanOrEqual(stage.week);
      for (const step of stage.steps as Step[]) {
        const kind = stepKind(step);
        const allowed = file.kind === 'websocket' ? ['websocket', 'http'] : [file.kind];
        expect(allowed, `${stage.id} / ${step.name}`).toContain(kind);
      }
    }
  });

  it('the build index lists every project with its stages and weeks', async () => {
    const index = await buildProjectsIndex();
    expect(Object.keys(index.projects).sort()).toEqual(names);
    expect(index.projects['blog-api']!.stages[0]).toEqual({ id: 'health-and-not-found', week: 7 });
  });
});

describe('stages schema', () => {
  const minimal = {
    project: 'demo',
    title: 'Demo project',
    kind: 'http',
    ready: { path: '/health', timeoutMs: 5000 },
    stages: [
      {
        id: 'one',
        week: 7,
        title: 'First stage',
        task: 'Answer GET /health with 200 and JSON.',
        lesson: '7#status-codes-and-when-to-use-each',
        hint: 'Add the route first.',
        steps: [{ name: 'health', send: { method: 'GET', path: '/health' }, expect: { status: 200, shape: 'missing' } }],
      },
    ],
  };

  it('rejects a shape that is not declared, and server projects without `ready`', () => {
    const r = stagesFileSchema.safeParse(minimal);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('unknown shape missing');
    const { ready: _ready, ...noReady } = minimal;
    const stages = [{ ...minimal.stages[0]!, steps: [{ name: 'health', send: { method: 'GET', path: '/health' } }] }];
    expect(JSON.stringify(stagesFileSchema.safeParse({ ...noReady, stages }).error?.issues)).toContain('server projects need `ready`');
  });

  it('rejects duplicate stage ids and malformed JSON paths', () => {
    const stage = { ...minimal.stages[0]!, steps: [{ name: 'health', send: { method: 'GET', path: '/health' }, expect: { json: { 'data.id': 1 } } }] };
    const r = stagesFileSchema.safeParse({ ...minimal, stages: [stage, stage] });
    const text = JSON.stringify(r.error?.issues);
    expect(r.success).toBe(false);
    expect(text).toMatch(/must look like \$\.data\.id|duplicate stage id one/);
  });
});

describe('lesson references', () => {
  it('resolve to the heading text and the command to open it', () => {
    expect(resolveLesson('7#status-codes-and-when-to-use-each')).toEqual({ week: 7, section: 'Status codes and when to use each', command: 'backend-roadmap week 7' });
    expect(resolveLesson('8#offset-pagination-page2limit20')?.section).toBe('Offset pagination: ?page=2&limit=20');
    expect(resolveLesson('7#no-such-heading')).toBeUndefined();
    expect(resolveLesson('99#anything')).toBeUndefined();
  });
});
