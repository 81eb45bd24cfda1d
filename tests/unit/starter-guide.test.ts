import { describe, expect, it } from 'vitest';
import { stagesGuide, withStarterBanner } from '../../src/scaffold/starter.js';

const file = (target: string, text: string) => ({ target, content: Buffer.from(text), mode: 0o644 });

describe('STAGES.md', () => {
  const stages = [
    { id: 'health', week: 7, title: 'Health check', task: 'GET /health answers 200.' },
    { id: 'create-post', week: 7, title: 'Create a post', task: 'POST /api/posts answers 201.' },
  ];
  const files = [
    file('src/routes/posts.ts', "import x;\n// TODO (stage create-post) store the post\nrouter.post('/', todo('create-post', 'x'));\n"),
    file('app/extra.py', '    # TODO (stage payments) a payment service\n'),
  ];

  it('lists the stages in order with their task, review command and the TODOs that belong to them', () => {
    const text = stagesGuide('blog-api', true, stages, files).content.toString();
    expect(text).toContain('## 1. Health check (week 7, `health`)');
    expect(text).toContain('Check: `backend-roadmap review --stage 2`');
    expect(text).toMatch(/## 2\. Create a post[\s\S]*Where:\n\n- `src\/routes\/posts\.ts:2`: \(stage create-post\) store the post/);
    expect(text).toMatch(/## Other TODOs\n\n- `app\/extra\.py:1`: \(stage payments\) a payment service/);
    expect(text).toContain('answers `GET /health`');
  });

  it('still lists the TODOs when the project has no review stages yet', () => {
    const text = stagesGuide('calculator', false, undefined, files).content.toString();
    expect(text).toMatch(/## TODOs\n\n- `src\/routes\/posts\.ts:2`/);
    expect(text).not.toContain('GET /health');
  });

  it('puts a banner pointing at STAGES.md on top of the README only', () => {
    const [readme, other] = withStarterBanner([file('README.md', '# my-blog\n'), file('src/a.ts', 'x')]);
    expect(readme!.content.toString()).toMatch(/^> \*\*Starter project\.\*\*[\s\S]*\(STAGES\.md\)[\s\S]*\n\n# my-blog\n$/);
    expect(other!.content.toString()).toBe('x');
  });
});
