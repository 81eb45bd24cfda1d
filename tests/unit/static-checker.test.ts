import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { exerciseSchema, type Exercise } from '../../src/curriculum/schema.js';
import { check, staticChecker } from '../../src/exercises/checkers/static.js';
import { composeRuleModules } from '../../src/exercises/checkers/static-rules/compose-rules/index.js';
import { composeRules } from '../../src/exercises/checkers/static-rules/compose.js';
import { parseDockerfile } from '../../src/exercises/checkers/static-rules/dockerfile-parser.js';
import { dockerfileRuleModules } from '../../src/exercises/checkers/static-rules/dockerfile-rules/index.js';
import { dockerfileRules } from '../../src/exercises/checkers/static-rules/dockerfile.js';
import { readmeRules } from '../../src/exercises/checkers/static-rules/readme.js';
import type { RuleSet } from '../../src/exercises/checkers/static-rules/shared.js';
import type { CaseResult } from '../../src/exercises/types.js';

/** Runs one rule on a text and returns its case (fails the test on a parse error). */
function rule<T>(set: RuleSet<T>, name: string, text: string): CaseResult {
  const result = check(set, text, [name]);
  expect(result.error, `parse error: ${result.error}`).toBeUndefined();
  const c = result.cases[0];
  if (!c) throw new Error('no case');
  expect(c.name).toBe(name);
  if (!c.passed) expect(c.message, 'a failed rule must say how to fix it').toBeTruthy();
  return c;
}

const df = (name: string, text: string) => rule(dockerfileRules, name, text);
/** The rules written in dockerfile.ts / compose.ts; the one-per-module rules (Python images…) have their own tests. */
const moduleIds = new Set([...dockerfileRuleModules, ...composeRuleModules].map((m) => m.id));
const builtIn = (set: RuleSet<unknown>) => Object.keys(set.rules).filter((name) => !moduleIds.has(name));
const compose = (name: string, text: string) => rule(composeRules, name, text);
const readme = (name: string, text: string) => rule(readmeRules, name, text);

// ---------------------------------------------------------------- Dockerfile

const GOOD_DOCKERFILE = `# syntax=docker/dockerfile:1
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-alpine
ENV NODE_ENV=production
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s CMD wget -qO- http://127.0.0.1:3000/health || exit 1
CMD ["node", "dist/server.js"]
`;

describe('Dockerfile parser', () => {
  it('joins backslash continuations and skips comments inside them', () => {
    const r = parseDockerfile('FROM node:20-alpine\nRUN apk add --no-cache \\\n  # a comment in the middle\n  curl \\\n\n  tini\nCMD ["node"]\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const run = r.value.all.find((i) => i.keyword === 'RUN');
    expect(run?.args.replace(/\s+/g, ' ')).toBe('apk add --no-cache curl tini');
    expect(run?.line).toBe(2);
    expect(r.value.all.find((i) => i.keyword === 'CMD')?.line).toBe(7);
  });

  it('reads keywords case-insensitively, stage aliases, flags and the escape directive', () => {
    const r = parseDockerfile('# escape=`\nfrom --platform=$BUILDPLATFORM node:20-alpine as Build\ncopy --from=build --chown=node:node a b\nrun echo a `\n  b\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.stages[0]?.name).toBe('build');
    expect(r.value.stages[0]?.image).toEqual({ name: 'node', tag: '20-alpine' });
    const copy = r.value.all[1];
    expect(copy?.keyword).toBe('COPY');
    expect(copy?.flags.get('from')).toBe('build');
    expect(copy?.rest).toBe('a b');
    expect(r.value.all[2]?.args.replace(/\s+/g, ' ')).toBe('echo a b');
  });

  it('skips heredoc bodies and substitutes ARG defaults in FROM', () => {
    const r = parseDockerfile('ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-slim\nRUN <<EOF\nnot an instruction\nEOF\nCMD ["node"]\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.stages[0]?.from).toBe('node:20-slim');
    expect(r.value.all.map((i) => i.keyword)).toEqual(['ARG', 'FROM', 'RUN', 'CMD']);
  });

  it('reports an unknown instruction with its line and a suggestion', () => {
    const result = check(dockerfileRules, 'FROM node:20\nCOPPY . .\n', ['expose-port']);
    expect(result.passed).toBe(false);
    expect(result.cases).toEqual([]);
    expect(result.error).toMatch(/line 2/);
    expect(result.error).toMatch(/did you mean COPY/);
  });

  it('reports a Dockerfile without FROM, or with an instruction before FROM', () => {
    expect(check(dockerfileRules, '# only a comment\n', ['expose-port']).error).toMatch(/no FROM/);
    expect(check(dockerfileRules, 'RUN echo hi\nFROM node:20\n', ['expose-port']).error).toMatch(/line 1.*before the first FROM/);
  });
});

describe('Dockerfile rules', () => {
  it('a good production Dockerfile passes every rule', () => {
    const result = check(dockerfileRules, GOOD_DOCKERFILE, builtIn(dockerfileRules as RuleSet<unknown>));
    expect(result.cases.filter((c) => !c.passed)).toEqual([]);
    expect(result.passed).toBe(true);
  });

  it('pinned-base', () => {
    expect(df('pinned-base', 'FROM node:20.11-alpine3.19\nFROM gcr.io/distroless/nodejs20-debian12@sha256:abc\n').passed).toBe(true);
    expect(df('pinned-base', 'FROM node:20 AS build\nFROM build AS test\nFROM scratch\n').passed).toBe(true);
    const untagged = df('pinned-base', 'FROM node\n');
    expect(untagged.passed).toBe(false);
    expect(untagged.message).toMatch(/no tag/);
    expect(df('pinned-base', 'FROM node:20 AS build\nFROM node:latest\n').actual).toMatch(/line 2/);
    expect(df('pinned-base', 'ARG V\nFROM node:${V}\n').passed).toBe(false);
  });

  it('small-base', () => {
    expect(df('small-base', 'FROM node:20 AS build\nFROM node:20-alpine\n').passed).toBe(true);
    expect(df('small-base', 'FROM node:20-bookworm-slim\n').passed).toBe(true);
    expect(df('small-base', 'FROM gcr.io/distroless/nodejs20-debian12\n').passed).toBe(true);
    expect(df('small-base', 'FROM node:20-alpine AS base\nFROM base\n').passed).toBe(true);
    const full = df('small-base', 'FROM node:20-alpine AS build\nFROM node:20\n');
    expect(full.passed).toBe(false);
    expect(full.actual).toMatch(/node:20$/);
  });

  it('multi-stage', () => {
    expect(df('multi-stage', 'FROM node:20 AS build\nFROM node:20-alpine\nCOPY --from=build /app/dist ./dist\n').passed).toBe(true);
    expect(df('multi-stage', 'FROM node:20\nFROM node:20-alpine\nCOPY --from=0 /app/dist ./dist\n').passed).toBe(true);
    expect(df('multi-stage', 'FROM node:20-alpine\nCOPY . .\n').passed).toBe(false);
    expect(df('multi-stage', 'FROM node:20 AS build\nFROM node:20-alpine\nCOPY . .\n').message).toMatch(/COPY --from=build/);
    expect(df('multi-stage', 'FROM node:20 AS build\nFROM node:20-alpine\nCOPY --from=nginx:1.25 /etc/nginx /etc/nginx\n').passed).toBe(false);
  });

  it('deps-before-source', () => {
    expect(df('deps-before-source', 'FROM node:20\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\n').passed).toBe(true);
    expect(df('deps-before-source', 'FROM node:20\nCOPY ["package.json", "package-lock.json", "./"]\nRUN npm ci\nCOPY . /app\n').passed).toBe(true);
    // deps installed in an earlier stage and inherited, or copied across
    expect(df('deps-before-source', 'FROM node:20 AS deps\nCOPY package*.json ./\nRUN npm ci\nFROM deps AS build\nCOPY . .\n').passed).toBe(true);
    expect(df('deps-before-source', 'FROM node:20 AS deps\nCOPY package*.json ./\nRUN npm ci\nFROM node:20 AS build\nCOPY --from=deps /app/node_modules ./node_modules\nCOPY . .\n').passed).toBe(true);
    const late = df('deps-before-source', 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\n');
    expect(late.passed).toBe(false);
    expect(late.actual).toMatch(/line 3: COPY \. \./);
    expect(df('deps-before-source', 'FROM node:20\nRUN npm ci\nCOPY . .\n').message).toMatch(/before package.json is copied/);
    expect(df('deps-before-source', 'FROM node:20\nCOPY server.js .\n').passed).toBe(false);
  });

  it('npm-ci', () => {
    expect(df('npm-ci', 'FROM node:20-alpine\nCOPY package*.json ./\nRUN npm ci --omit=dev\n').passed).toBe(true);
    expect(df('npm-ci', 'FROM node:20 AS deps\nRUN npm ci --omit=dev\nFROM node:20 AS build\nRUN npm ci && npm run build\nFROM node:20-alpine\nCOPY --from=deps /app/node_modules ./node_modules\n').passed).toBe(true);
    expect(df('npm-ci', 'FROM node:20\nRUN npm install -g pnpm@9 && npm ci --omit=dev\n').passed).toBe(true);
    expect(df('npm-ci', 'FROM node:20\nRUN npm install\n').message).toMatch(/npm install/);
    expect(df('npm-ci', 'FROM node:20\nRUN npm i --omit=dev\n').passed).toBe(false);
    const deprecated = df('npm-ci', 'FROM node:20\nRUN npm ci --only=production\n');
    expect(deprecated.passed).toBe(false);
    expect(deprecated.message).toMatch(/--omit=dev/);
    expect(df('npm-ci', 'FROM node:20\nRUN npm ci --production\n').passed).toBe(false);
    expect(df('npm-ci', 'FROM node:20 AS build\nRUN npm ci\nFROM node:20-alpine\nCOPY --from=build /app /app\n').actual).toMatch(/devDependencies/);
  });

  it('non-root-user', () => {
    expect(df('non-root-user', 'FROM node:20\nUSER node\n').passed).toBe(true);
    expect(df('non-root-user', 'FROM node:20\nUSER 1000:1000\n').passed).toBe(true);
    expect(df('non-root-user', 'FROM node:20\nUSER node\nFROM node:20-alpine\n').passed).toBe(false);
    expect(df('non-root-user', 'FROM node:20\nUSER node\nRUN x\nUSER root\n').passed).toBe(false);
    expect(df('non-root-user', 'FROM node:20\nUSER 0\n').passed).toBe(false);
  });

  it('expose-port', () => {
    expect(df('expose-port', 'FROM node:20\nexpose 3000/tcp\n').passed).toBe(true);
    expect(df('expose-port', 'FROM node:20\n# EXPOSE 3000\n').passed).toBe(false);
  });

  it('cmd-exec-form', () => {
    expect(df('cmd-exec-form', 'FROM node:20\nCMD ["node", "server.js"]\n').passed).toBe(true);
    expect(df('cmd-exec-form', 'FROM node:20\nENTRYPOINT ["tini", "--"]\nCMD ["node", "server.js"]\n').passed).toBe(true);
    const shell = df('cmd-exec-form', 'FROM node:20\nCMD node server.js\n');
    expect(shell.passed).toBe(false);
    expect(shell.message).toContain('CMD ["node", "server.js"]');
    expect(df('cmd-exec-form', "FROM node:20\nCMD ['node', 'server.js']\n").message).toMatch(/not valid JSON/);
    expect(df('cmd-exec-form', 'FROM node:20\n').passed).toBe(false);
  });

  it('no-secrets', () => {
    expect(df('no-secrets', 'FROM node:20\nARG NPM_TOKEN\nENV NODE_ENV=production PORT=3000\nENV JWT_SECRET=${JWT_SECRET}\n').passed).toBe(true);
    const env = df('no-secrets', 'FROM node:20\nENV PORT=3000 JWT_SECRET="s3cr3t"\n');
    expect(env.passed).toBe(false);
    expect(env.actual).toMatch(/JWT_SECRET/);
    expect(df('no-secrets', 'FROM node:20\nENV DB_PASSWORD hunter2\n').passed).toBe(false);
    expect(df('no-secrets', 'ARG GITHUB_TOKEN=ghp_123\nFROM node:20\n').passed).toBe(false);
    expect(df('no-secrets', 'FROM node:20\narg stripe_api_key=sk_test_1\n').passed).toBe(false);
    expect(df('no-secrets', 'FROM node:20\nENV PRIVATE_KEY=abc\n').passed).toBe(false);
  });

  it('healthcheck', () => {
    expect(df('healthcheck', 'FROM node:20\nHEALTHCHECK CMD node healthcheck.js\n').passed).toBe(true);
    expect(df('healthcheck', 'FROM node:20\nHEALTHCHECK NONE\n').passed).toBe(false);
    expect(df('healthcheck', 'FROM node:20 AS build\nHEALTHCHECK CMD true\nFROM node:20-alpine\n').actual).toMatch(/earlier stage/);
    expect(df('healthcheck', 'FROM node:20\n').passed).toBe(false);
  });

  it('node-env-production', () => {
    expect(df('node-env-production', 'FROM node:20\nENV NODE_ENV=production\n').passed).toBe(true);
    expect(df('node-env-production', 'FROM node:20\nENV NODE_ENV="production" PORT=3000\n').passed).toBe(true);
    expect(df('node-env-production', 'FROM node:20\nENV NODE_ENV production\n').passed).toBe(true);
    expect(df('node-env-production', 'FROM node:20\nENV NODE_ENV=development\n').actual).toBe('NODE_ENV=development');
    expect(df('node-env-production', 'FROM node:20\nENV NODE_ENV=production\nFROM node:20-alpine\n').passed).toBe(false);
  });
});

// ---------------------------------------------------------------- compose

const GOOD_COMPOSE = `services:
  api:
    build: .
    ports: ["3000:3000"]
    environment:
      DATABASE_URL: postgres://app:\${POSTGRES_PASSWORD}@db:5432/app
      REDIS_URL: redis://cache:6379
      JWT_SECRET: \${JWT_SECRET:?required}
    depends_on:
      db: { condition: service_healthy }
      cache: { condition: service_started }
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD}
    volumes: [pgdata:/var/lib/postgresql/data]
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U app"]
  cache:
    image: redis:7-alpine
volumes:
  pgdata:
`;

/** GOOD_COMPOSE with one service's block replaced. */
function withService(name: 'api' | 'db' | 'cache', block: string): string {
  const parts = GOOD_COMPOSE.split(/(?=^ {2}(?:api|db|cache):$|^volumes:$)/m);
  return parts.map((p) => (p.startsWith(`  ${name}:`) ? `  ${name}:\n${block}\n` : p)).join('');
}

describe('compose parsing', () => {
  it('reports invalid YAML with the parser message and line', () => {
    const result = check(composeRules, 'services:\n  api:\n    build: .\n   ports: [\n', ['api-build']);
    expect(result.passed).toBe(false);
    expect(result.cases).toEqual([]);
    expect(result.error).toMatch(/line 4/);
    expect(result.error).toMatch(/docker-compose\.yml could not be parsed/);
  });

  it('reports duplicate keys and a file that is not a mapping', () => {
    expect(check(composeRules, 'services: {}\nservices: {}\n', ['api-build']).error).toMatch(/line 2.*unique/);
    expect(check(composeRules, '- just\n- a list\n', ['api-build']).error).toMatch(/mapping/);
  });
});

describe('compose rules', () => {
  it('a good compose file passes every rule', () => {
    const result = check(composeRules, GOOD_COMPOSE, builtIn(composeRules as RuleSet<unknown>));
    expect(result.cases.filter((c) => !c.passed)).toEqual([]);
  });

  it('no-version-key', () => {
    expect(compose('no-version-key', GOOD_COMPOSE).passed).toBe(true);
    const v = compose('no-version-key', `version: "3.8"\n${GOOD_COMPOSE}`);
    expect(v.passed).toBe(false);
    expect(v.actual).toMatch(/line 1/);
  });

  it('services-api-db-cache', () => {
    expect(compose('services-api-db-cache', GOOD_COMPOSE).passed).toBe(true);
    const wrong = compose('services-api-db-cache', 'services:\n  web: { build: . }\n  postgres: { image: postgres:16 }\n  cache: { image: redis:7 }\n');
    expect(wrong.passed).toBe(false);
    expect(wrong.actual).toBe('services: web, postgres, cache');
    expect(wrong.message).toMatch(/Missing: api, db/);
  });

  it('api-build', () => {
    expect(compose('api-build', withService('api', '    build: { context: ., dockerfile: Dockerfile }')).passed).toBe(true);
    expect(compose('api-build', withService('api', '    image: my/api:1.0')).actual).toBe('image: my/api:1.0');
    expect(compose('api-build', 'services:\n  db: { image: postgres:16 }\n').actual).toBe('no service named api');
  });

  it('api-ports', () => {
    expect(compose('api-ports', withService('api', '    build: .\n    ports:\n      - target: 3000\n        published: 8080')).passed).toBe(true);
    const expose = compose('api-ports', withService('api', '    build: .\n    expose: ["3000"]'));
    expect(expose.passed).toBe(false);
    expect(expose.message).toMatch(/expose/);
  });

  it('db-postgres-pinned and cache-redis-pinned', () => {
    expect(compose('db-postgres-pinned', withService('db', '    image: docker.io/library/postgres:16.3')).passed).toBe(true);
    expect(compose('db-postgres-pinned', withService('db', '    image: postgres')).passed).toBe(false);
    expect(compose('db-postgres-pinned', withService('db', '    image: postgres:latest')).passed).toBe(false);
    expect(compose('db-postgres-pinned', withService('db', '    image: mysql:8')).message).toMatch(/postgres/);
    expect(compose('cache-redis-pinned', withService('cache', '    image: redis:7.2')).passed).toBe(true);
    expect(compose('cache-redis-pinned', withService('cache', '    image: redis:latest')).passed).toBe(false);
    expect(compose('cache-redis-pinned', withService('cache', '    build: ./redis')).actual).toBe('no image:');
  });

  it('db-healthcheck', () => {
    expect(compose('db-healthcheck', GOOD_COMPOSE).passed).toBe(true);
    expect(compose('db-healthcheck', withService('db', '    image: postgres:16')).passed).toBe(false);
    expect(compose('db-healthcheck', withService('db', '    image: postgres:16\n    healthcheck:\n      disable: true')).passed).toBe(false);
    expect(compose('db-healthcheck', withService('db', '    image: postgres:16\n    healthcheck:\n      test: ["NONE"]')).passed).toBe(false);
  });

  it('depends-on-healthy (map and list syntax)', () => {
    expect(compose('depends-on-healthy', GOOD_COMPOSE).passed).toBe(true);
    const list = compose('depends-on-healthy', withService('api', '    build: .\n    depends_on: [db, cache]'));
    expect(list.passed).toBe(false);
    expect(list.message).toMatch(/service_healthy/);
    expect(compose('depends-on-healthy', withService('api', '    build: .\n    depends_on:\n      db:\n        condition: service_healthy')).passed).toBe(false);
    expect(compose('depends-on-healthy', withService('api', '    build: .')).actual).toBe('no depends_on:');
  });

  it('named-volume-db', () => {
    expect(compose('named-volume-db', GOOD_COMPOSE).passed).toBe(true);
    const longSyntax = `${withService('db', '    image: postgres:16\n    volumes:\n      - type: volume\n        source: pgdata\n        target: /var/lib/postgresql/data')}`;
    expect(compose('named-volume-db', longSyntax).passed).toBe(true);
    expect(compose('named-volume-db', withService('db', '    image: postgres:16\n    volumes: ["./data:/var/lib/postgresql/data"]')).actual).toMatch(/bind mount/);
    expect(compose('named-volume-db', withService('db', '    image: postgres:16\n    volumes: ["other:/var/lib/postgresql/data"]')).actual).toMatch(/not declared/);
    expect(compose('named-volume-db', withService('db', '    image: postgres:16')).passed).toBe(false);
  });

  it('no-hardcoded-secrets (map and list syntax, URLs, defaults)', () => {
    expect(compose('no-hardcoded-secrets', GOOD_COMPOSE).passed).toBe(true);
    expect(compose('no-hardcoded-secrets', withService('db', '    image: postgres:16\n    environment:\n      - POSTGRES_PASSWORD_FILE=/run/secrets/pg\n      - JWT_SECRET')).passed).toBe(true);
    const literal = compose('no-hardcoded-secrets', withService('db', '    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: pass'));
    expect(literal.passed).toBe(false);
    expect(literal.actual).toBe('line 15: db POSTGRES_PASSWORD=****');
    expect(literal.message).toContain('POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}');
    expect(compose('no-hardcoded-secrets', withService('db', '    image: postgres:16\n    environment: ["API_TOKEN=abc"]')).passed).toBe(false);
    expect(compose('no-hardcoded-secrets', withService('db', '    image: postgres:16\n    environment: { POSTGRES_PASSWORD: 12345 }')).passed).toBe(false);
    expect(compose('no-hardcoded-secrets', withService('db', '    image: postgres:16\n    environment: ["POSTGRES_PASSWORD=${PG:-postgres}"]')).message).toMatch(/default/);
    const url = compose('no-hardcoded-secrets', withService('api', '    build: .\n    environment: ["DATABASE_URL=postgresql://user:pass@db:5432/app"]'));
    expect(url.passed).toBe(false);
    expect(url.actual).toMatch(/api DATABASE_URL has a literal password/);
    expect(url.message).toContain('DATABASE_URL: postgresql://user:${POSTGRES_PASSWORD}@db:5432/app');
    const several = compose('no-hardcoded-secrets', withService('api', '    build: .\n    environment:\n      JWT_SECRET: abc\n      STRIPE_TOKEN: def'));
    expect(several.actual?.split('; ')).toHaveLength(2);
    const redis = compose('no-hardcoded-secrets', withService('api', '    build: .\n    environment: ["REDIS_URL=redis://:hunter2@cache:6379"]'));
    expect(redis.message).toContain('REDIS_URL: redis://:${REDIS_PASSWORD}@cache:6379');
  });

  it('api-env-urls', () => {
    expect(compose('api-env-urls', GOOD_COMPOSE).passed).toBe(true);
    expect(compose('api-env-urls', withService('api', '    build: .\n    environment:\n      - DATABASE_URL=postgresql://u:${P}@db/app\n      - REDIS_URL=redis://cache')).passed).toBe(true);
    const local = compose('api-env-urls', withService('api', '    build: .\n    environment:\n      - DATABASE_URL=postgres://u:${P}@localhost:5432/app\n      - REDIS_URL=redis://cache:6379'));
    expect(local.passed).toBe(false);
    expect(local.message).toMatch(/localhost is the container itself/);
    expect(local.message).toContain('DATABASE_URL: postgres://u:${P}@db:5432/app');
    const both = compose('api-env-urls', withService('api', '    build: .\n    environment:\n      - DATABASE_URL=postgres://u:pw@localhost/app\n      - REDIS_URL=redis://127.0.0.1:6379'));
    expect(both.actual).toBe('line 5: DATABASE_URL points at localhost; line 6: REDIS_URL points at 127.0.0.1');
    expect(both.message).toContain('DATABASE_URL: postgres://u:${POSTGRES_PASSWORD}@db/app');
    expect(both.message).toContain('REDIS_URL: redis://cache:6379');
    expect(compose('api-env-urls', withService('api', '    build: .\n    environment:\n      DATABASE_URL: postgres://u:${P}@db/app')).actual).toBe('no REDIS_URL');
    expect(compose('api-env-urls', withService('api', '    build: .\n    environment:\n      DATABASE_URL: ${DATABASE_URL}\n      REDIS_URL: redis://cache')).passed).toBe(false);
  });
});

// ---------------------------------------------------------------- README

const GOOD_README = `# Inkwell

A blog API with JWT auth, posts and comments.

## Features

- Sign-up and login
- Posts with tags
- Comments

## Tech Stack

| Layer | Choice |
|---|---|
| Runtime | Node.js 20 |
| Database | PostgreSQL 16 |
| Cache | Redis 7 |

## Getting Started

\`\`\`bash
npm ci
npm run dev
\`\`\`

## API

- \`GET /posts\` lists posts

## Testing

\`\`\`bash
npm test
\`\`\`

## License

MIT
`;

/** GOOD_README with one level-2 section replaced (or removed with ''). */
function withSection(heading: string, replacement: string): string {
  const parts = GOOD_README.split(/(?=^## )/m);
  return parts.map((p) => (p.startsWith(`## ${heading}\n`) ? replacement : p)).join('');
}

describe('README rules', () => {
  it('a good README passes every rule', () => {
    const result = check(readmeRules, GOOD_README, Object.keys(readmeRules.rules));
    expect(result.cases.filter((c) => !c.passed)).toEqual([]);
  });

  it('title', () => {
    expect(readme('title', '\n# Parlour chat\n').passed).toBe(true);
    expect(readme('title', '# Project Name\n').passed).toBe(false);
    expect(readme('title', '## Inkwell\n').passed).toBe(false);
    expect(readme('title', 'Inkwell\n=======\n').passed).toBe(false);
    expect(readme('title', '').actual).toBe('an empty file');
  });

  it('description', () => {
    expect(readme('description', '# Inkwell\n\n[![CI](https://x/badge.svg)](https://x)\n\nA blog API for writers.\n').passed).toBe(true);
    expect(readme('description', '# Inkwell\n\n## Features\n').passed).toBe(false);
    expect(readme('description', '# Inkwell\n\nBrief description of what this project does.\n').message).toMatch(/template/);
    expect(readme('description', '# Inkwell\n- a list is not a paragraph\n').passed).toBe(false);
  });

  it('features-section', () => {
    expect(readme('features-section', GOOD_README).passed).toBe(true);
    expect(readme('features-section', withSection('Features', '## Features\n\n- one\n- two\n\n')).actual).toBe('2 bullet point(s)');
    const level3 = readme('features-section', withSection('Features', '### Features\n\n- a\n- b\n- c\n\n'));
    expect(level3.passed).toBe(false);
    expect(level3.message).toMatch(/level-2/);
    expect(readme('features-section', withSection('Features', '## 🚀 features:\n\n* a\n* b\n1. c\n\n')).passed).toBe(true);
    expect(readme('features-section', withSection('Features', '## Features\n\n```\n- a\n- b\n- c\n```\n\n')).passed).toBe(false);
  });

  it('tech-stack-section', () => {
    expect(readme('tech-stack-section', GOOD_README).passed).toBe(true);
    expect(readme('tech-stack-section', withSection('Tech Stack', '## Tech stack\n\n- Node\n- Express\n- PostgreSQL\n\n')).passed).toBe(true);
    expect(readme('tech-stack-section', withSection('Tech Stack', '## Tech Stack\n\n| a | b |\n|---|---|\n| Node | 20 |\n\n')).actual).toBe('1 item(s)');
    const near = readme('tech-stack-section', withSection('Tech Stack', '## Built with\n\nNode\n\n'));
    expect(near.actual).toBe('line 11: ## Built with');
    expect(near.message).toMatch(/rename `## Built with` to `## Tech Stack`/);
    expect(readme('tech-stack-section', withSection('Tech Stack', '## Credits\n\nNode\n\n')).actual).toBe('no ## Tech Stack section');
  });

  it('getting-started-section', () => {
    expect(readme('getting-started-section', GOOD_README).passed).toBe(true);
    expect(readme('getting-started-section', withSection('Getting Started', '## Getting Started\n\n```bash\ndocker compose up --build\n```\n\n')).passed).toBe(true);
    expect(readme('getting-started-section', withSection('Getting Started', '## Getting Started\n\nRun npm install then npm start.\n\n')).actual).toBe('no fenced code block');
    expect(readme('getting-started-section', withSection('Getting Started', '## Getting Started\n\n```bash\nnpm install\n```\n\n')).message).toMatch(/run command/);
    expect(readme('getting-started-section', withSection('Getting Started', '## Install\n\n```bash\nnpm ci && npm start\n```\n\n')).passed).toBe(false);
  });

  it('api-docs-section', () => {
    expect(readme('api-docs-section', GOOD_README).passed).toBe(true);
    expect(readme('api-docs-section', withSection('API', '## API Documentation\n\nSee [the OpenAPI file](docs/openapi.yaml).\n\n')).passed).toBe(true);
    expect(readme('api-docs-section', withSection('API', '## API\n\n| Method | Path |\n|---|---|\n| POST | /auth/login |\n\n')).passed).toBe(true);
    expect(readme('api-docs-section', withSection('API', '## API Documentation\n\n[Link to API docs]\n\n')).passed).toBe(false);
    expect(readme('api-docs-section', withSection('API', '## API\n\nIt has endpoints.\n\n')).actual).toBe('no endpoint or link');
  });

  it('tests-section', () => {
    expect(readme('tests-section', GOOD_README).passed).toBe(true);
    expect(readme('tests-section', withSection('Testing', '## Running Tests\n\n~~~sh\nnpm test\n~~~\n\n')).passed).toBe(true);
    expect(readme('tests-section', withSection('Testing', '## Testing\n\nRun npm test.\n\n')).passed).toBe(false);
    expect(readme('tests-section', withSection('Testing', '')).actual).toBe('no ## Testing section');
  });

  it('license-section', () => {
    expect(readme('license-section', GOOD_README).passed).toBe(true);
    expect(readme('license-section', withSection('License', '## Licence\n\nApache-2.0\n')).passed).toBe(true);
    expect(readme('license-section', withSection('License', '## License\n\nSee the LICENSE file.\n')).passed).toBe(false);
    expect(readme('license-section', withSection('License', '')).passed).toBe(false);
  });

  it('no-placeholders', () => {
    expect(readme('no-placeholders', GOOD_README).passed).toBe(true);
    expect(readme('no-placeholders', '# A todo-list API\n\nTracks todos.\n').passed).toBe(true);
    const found = readme('no-placeholders', '# Project Name\n\n- Feature 2\n\n```bash\ngit clone https://github.com/yourusername/x\n```\nTODO\nlorem ipsum\n[Link to API docs]\n');
    expect(found.passed).toBe(false);
    expect(found.actual).toBe('line 1: Project Name; line 3: Feature 2; line 6: yourusername; line 8: TODO; line 9: lorem ipsum; line 10: [Link to API docs]');
  });
});

// ---------------------------------------------------------------- the checker itself

describe('staticChecker.run', () => {
  let dir: string;
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'static-checker-')); });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  const exercise = (kind: 'dockerfile' | 'compose' | 'readme', rules: string[]): Exercise => ({
    id: 'x', week: 13, order: 1, track: 'node', title: 'X', difficulty: 'easy', checker: 'static',
    task: 'a task long enough', hints: ['first', 'second'], starter: 's', solution: 's', static: { kind, rules },
  });
  const ctx = (ex: Exercise, learnerFile: string) => ({ exercise: ex, exerciseDir: dir, learnerFile, timeoutMs: 1000, cacheDir: dir });

  it('reads the learner file and returns one case per rule, in order', async () => {
    const file = join(dir, 'Dockerfile');
    await writeFile(file, 'FROM node\nCMD node x.js\nEXPOSE 3000\n');
    const result = await staticChecker.run(ctx(exercise('dockerfile', ['expose-port', 'pinned-base', 'cmd-exec-form']), file));
    expect(result.error).toBeUndefined();
    expect(result.cases.map((c) => [c.name, c.passed])).toEqual([['expose-port', true], ['pinned-base', false], ['cmd-exec-form', false]]);
    expect(result.passed).toBe(false);
  });

  it('ignores a byte-order mark and accepts CRLF line endings', async () => {
    const md = join(dir, 'README.md');
    await writeFile(md, '\uFEFF# Inkwell\r\n\r\nA blog API for writers.\r\n');
    const r = await staticChecker.run(ctx(exercise('readme', ['title', 'description']), md));
    expect(r.cases.map((c) => c.passed)).toEqual([true, true]);
    const docker = join(dir, 'Dockerfile.crlf');
    await writeFile(docker, 'FROM node:20-alpine\r\nRUN echo a \\\r\n  && echo b\r\nCMD ["node", "x.js"]\r\n');
    const d = await staticChecker.run(ctx(exercise('dockerfile', ['cmd-exec-form', 'pinned-base']), docker));
    expect(d.error).toBeUndefined();
    expect(d.passed).toBe(true);
  });

  it('sets error for a missing file, an unknown rule, and a file that does not parse', async () => {
    const missing = await staticChecker.run(ctx(exercise('readme', ['title']), join(dir, 'nope.md')));
    expect(missing.error).toMatch(/cannot read/);
    const file = join(dir, 'compose.yml');
    await writeFile(file, 'services:\n  api: [\n');
    expect((await staticChecker.run(ctx(exercise('compose', ['no-such-rule']), file))).error).toMatch(/unknown docker-compose.yml rule/);
    const bad = await staticChecker.run(ctx(exercise('compose', ['api-build']), file));
    expect(bad.passed).toBe(false);
    expect(bad.error).toMatch(/line \d+/);
  });
});

// ---------------------------------------------------------------- curriculum: the rustlings rule

const EXERCISES = fileURLToPath(new URL('../../curriculum/exercises/', import.meta.url));

async function staticExercises(): Promise<Array<{ dir: string; exercise: Exercise }>> {
  const out: Array<{ dir: string; exercise: Exercise }> = [];
  for (const id of (await readdir(EXERCISES)).sort()) {
    const dir = join(EXERCISES, id);
    let raw: string;
    try { raw = await readFile(join(dir, 'exercise.yaml'), 'utf8'); } catch { continue; }
    const parsed = exerciseSchema.safeParse(parseYaml(raw));
    if (parsed.success && parsed.data.checker === 'static') out.push({ dir, exercise: parsed.data });
  }
  return out;
}

describe('static exercises in curriculum/', async () => {
  const list = await staticExercises();

  it('there are static exercises to check', () => {
    expect(list.length).toBeGreaterThan(0);
  });

  for (const { dir, exercise } of list) {
    it(`${exercise.id}: the starter fails and the solution passes`, async () => {
      const run = (file: string) => staticChecker.run({ exercise, exerciseDir: dir, learnerFile: join(dir, file), timeoutMs: 5000, cacheDir: dir });
      const starter = await run(exercise.starter);
      expect(starter.passed, 'starter should fail').toBe(false);
      expect(starter.error, 'starter should parse').toBeUndefined();
      const solution = await run(exercise.solution);
      expect(solution.error).toBeUndefined();
      expect(solution.cases.filter((c) => !c.passed)).toEqual([]);
      expect(solution.cases.map((c) => c.name)).toEqual(exercise.static?.rules);
    });
  }
});
