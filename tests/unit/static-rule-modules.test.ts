import { describe, expect, it } from 'vitest';
import { check } from '../../src/exercises/checkers/static.js';
import { composeRuleModules } from '../../src/exercises/checkers/static-rules/compose-rules/index.js';
import { composeRules } from '../../src/exercises/checkers/static-rules/compose.js';
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
  if (!c.passed) {
    expect(c.message, 'a failed rule must say how to fix it').toBeTruthy();
    expect(c.message, 'a failed module rule points at its lesson section').toMatch(/\(see week \d+ § .+\)$/);
    expect(c.actual).toBeTruthy();
  }
  return c;
}
const df = (name: string, text: string) => rule(dockerfileRules, name, text);
const compose = (name: string, text: string) => rule(composeRules, name, text);

const GOOD_PY = `# syntax=docker/dockerfile:1
FROM python:3.13-slim AS build
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.13-slim
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    PATH="/opt/venv/bin:$PATH"
RUN useradd --create-home --uid 10001 appuser
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY app ./app
USER appuser
EXPOSE 8000
HEALTHCHECK --interval=30s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2)"
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
`;
/** GOOD_PY with one line replaced (the line must exist). */
const edit = (from: string, to: string, text = GOOD_PY) => {
  expect(text, `fixture has no ${from}`).toContain(from);
  return text.replace(from, to);
};

describe('rule modules', () => {
  it('each has an id, a one-line expectation and a lesson section, and none replaces an older rule', () => {
    for (const m of [...dockerfileRuleModules, ...composeRuleModules]) {
      expect(m.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(m.expected).not.toContain('\n');
      expect(m.lesson).toMatch(/^week \d+ § /);
    }
    // the 11 hand-written rules of each file kind are still there, next to the modules
    expect(Object.keys(dockerfileRules.rules)).toHaveLength(11 + dockerfileRuleModules.length);
    expect(Object.keys(composeRules.rules)).toHaveLength(11 + composeRuleModules.length);
  });

  it('the modules without a track hold for a good Node Dockerfile and compose file too', () => {
    const node = `FROM node:24-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build
FROM node:24-alpine
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
HEALTHCHECK CMD wget -qO- http://127.0.0.1:3000/health || exit 1
CMD ["node", "dist/server.js"]
`;
    const neutral = dockerfileRuleModules.filter((m) => m.track === undefined);
    expect(neutral.map((m) => m.id)).toEqual(['healthcheck-tool-present', 'no-env-file-copied', 'no-secret-build-args', 'no-credentials-in-urls']);
    for (const m of neutral) expect(df(m.id, node).passed, m.id).toBe(true);
    const nodeCompose = GOOD_COMPOSE.replace('ports: ["8000:8000"]', 'ports: ["3000:3000"]').replace('postgresql+psycopg://', 'postgres://');
    for (const m of composeRuleModules.filter((r) => r.track === undefined)) expect(compose(m.id, nodeCompose).passed, m.id).toBe(true);
  });

  it('a good Python Dockerfile passes every Dockerfile module', () => {
    for (const m of dockerfileRuleModules) expect(df(m.id, GOOD_PY).passed, m.id).toBe(true);
  });

  it('the uv flavour of the same Dockerfile (uv sync --frozen, a project .venv) passes every module too', () => {
    const uv = `FROM ghcr.io/astral-sh/uv:0.9-python3.13-bookworm-slim AS build
WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN --mount=type=cache,target=/root/.cache/uv uv sync --frozen --no-dev --no-install-project
COPY app ./app

FROM python:3.13-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PATH="/app/.venv/bin:$PATH"
RUN adduser --system --no-create-home app
WORKDIR /app
COPY --from=build /app/.venv /app/.venv
COPY --from=build /app/app ./app
USER app
EXPOSE 8000
HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2)"
CMD ["fastapi", "run", "app/main.py", "--port", "8000"]
`;
    for (const m of dockerfileRuleModules) expect(df(m.id, uv).passed, m.id).toBe(true);
  });
});

describe('Python Dockerfile rules', () => {
  it('python-slim-base', () => {
    expect(df('python-slim-base', edit('FROM python:3.13-slim\n', 'FROM python:3.12-slim-bookworm@sha256:abc\n')).passed).toBe(true);
    expect(df('python-slim-base', edit('FROM python:3.13-slim AS build', 'FROM python AS build')).actual).toBe('line 2: FROM python');
    expect(df('python-slim-base', edit('FROM python:3.13-slim\n', 'FROM python:latest\n')).passed).toBe(false);
    expect(df('python-slim-base', edit('FROM python:3.13-slim\n', 'FROM python:3.13-alpine\n')).message).toMatch(/musl/);
    expect(df('python-slim-base', edit('FROM python:3.13-slim\n', 'FROM python:3.13\n')).message).toMatch(/3\.13-slim/);
    expect(df('python-slim-base', edit('FROM python:3.13-slim\n', 'FROM python:3.9-slim\n')).message).toMatch(/no longer gets security fixes/);
    expect(df('python-slim-base', edit('FROM python:3.13-slim\n', 'FROM node:22-slim\n')).passed).toBe(false);
  });

  it('python-deps-before-source', () => {
    expect(df('python-deps-before-source', 'FROM python:3.13-slim\nCOPY pyproject.toml uv.lock ./\nRUN uv sync --frozen --no-dev --no-install-project\nCOPY . .\nRUN uv sync --frozen --no-dev\n').passed).toBe(true);
    const late = df('python-deps-before-source', 'FROM python:3.13-slim\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\n');
    expect(late.actual).toBe('line 2: COPY . .');
    expect(late.message).toMatch(/every code change reinstalls/);
    expect(df('python-deps-before-source', 'FROM python:3.13-slim\nRUN pip install --no-cache-dir -r requirements.txt\n').message).toMatch(/no requirements\.txt/);
    expect(df('python-deps-before-source', 'FROM python:3.13-slim\nCOPY app ./app\n').actual).toBe('no pip install');
  });

  it('pip-install-requirements', () => {
    expect(df('pip-install-requirements', 'FROM python:3.13-slim\nRUN pip install --no-cache-dir --upgrade pip && pip install --no-cache-dir -r requirements.txt\n').passed).toBe(true);
    expect(df('pip-install-requirements', 'FROM python:3.13-slim\nRUN pip install --no-cache-dir "fastapi==0.115.6" /wheels/*.whl\n').passed).toBe(true);
    expect(df('pip-install-requirements', 'FROM python:3.13-slim\nRUN pip install fastapi uvicorn\n').message).toMatch(/fastapi, uvicorn by name/);
    expect(df('pip-install-requirements', 'FROM python:3.13-slim\nRUN pip install -r requirements.txt -r requirements-dev.txt\n').message).toMatch(/requirements-dev\.txt/);
    expect(df('pip-install-requirements', 'FROM python:3.13-slim\nRUN uv sync\n').message).toMatch(/--frozen/);
    expect(df('pip-install-requirements', 'FROM python:3.13-slim\nRUN uv sync --frozen\n').message).toMatch(/--no-dev/);
  });

  it('pip-no-cache-dir', () => {
    expect(df('pip-no-cache-dir', 'FROM python:3.13-slim\nENV PIP_NO_CACHE_DIR=1\nRUN pip install -r requirements.txt\n').passed).toBe(true);
    expect(df('pip-no-cache-dir', 'FROM python:3.13-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n').passed).toBe(true);
    const cached = df('pip-no-cache-dir', 'FROM python:3.13-slim\nRUN pip install -r requirements.txt\n');
    expect(cached.actual).toBe('line 2: RUN pip install -r requirements.txt');
    // an ENV set only after the install does not help it
    expect(df('pip-no-cache-dir', 'FROM python:3.13-slim\nRUN pip install -r requirements.txt\nENV PIP_NO_CACHE_DIR=1\n').passed).toBe(false);
    // uv: its flag is --no-cache, its variable UV_NO_CACHE
    expect(df('pip-no-cache-dir', 'FROM python:3.13-slim\nRUN uv pip install --system --no-cache -r requirements.txt\n').passed).toBe(true);
    expect(df('pip-no-cache-dir', 'FROM python:3.13-slim\nRUN --mount=type=cache,target=/root/.cache/uv uv sync --frozen --no-dev\n').passed).toBe(true);
    expect(df('pip-no-cache-dir', 'FROM python:3.13-slim\nENV UV_NO_CACHE=1\nRUN uv sync --frozen --no-dev\n').passed).toBe(true);
    expect(df('pip-no-cache-dir', 'FROM python:3.13-slim\nRUN uv sync --frozen --no-dev\n').message).toMatch(/uv's cache/);
  });

  it('python-venv-stage', () => {
    expect(df('python-venv-stage', 'FROM python:3.13-slim\nRUN pip install --no-cache-dir -r requirements.txt\n').actual).toBe('a single FROM');
    expect(df('python-venv-stage', edit('COPY --from=build /opt/venv /opt/venv\n', 'COPY --from=build /app/dist ./dist\n')).passed).toBe(false);
    expect(df('python-venv-stage', edit('RUN python -m venv /opt/venv\n', '')).actual).toMatch(/never creates a virtual environment/);
    expect(df('python-venv-stage', edit('    PYTHONUNBUFFERED=1 \\\n    PATH="/opt/venv/bin:$PATH"', '    PYTHONUNBUFFERED=1')).message).toMatch(/ENV PATH="\/opt\/venv\/bin:\$PATH"/);
  });

  it('python-env-vars', () => {
    expect(df('python-env-vars', 'FROM python:3.13-slim\nENV PYTHONUNBUFFERED=1\nENV PYTHONDONTWRITEBYTECODE 1\n').passed).toBe(true);
    expect(df('python-env-vars', 'FROM python:3.13-slim\nENV PYTHONDONTWRITEBYTECODE=1\n').actual).toBe('not set: PYTHONUNBUFFERED');
    // set in the build stage only: the runtime image does not have it
    const buildOnly = 'FROM python:3.13-slim AS build\nENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1\nFROM python:3.13-slim\n';
    expect(df('python-env-vars', buildOnly).passed).toBe(false);
  });

  it('python-non-root-user', () => {
    expect(df('python-non-root-user', 'FROM python:3.13-slim\nUSER 10001:10001\n').passed).toBe(true);
    expect(df('python-non-root-user', 'FROM python:3.13-slim\nRUN adduser --system --group app\nUSER app\n').passed).toBe(true);
    expect(df('python-non-root-user', 'FROM python:3.13-slim\nRUN useradd appuser\nUSER root\n').actual).toBe('line 3: USER root');
    expect(df('python-non-root-user', 'FROM python:3.13-slim\nUSER appuser\n').message).toMatch(/unable to find user appuser/);
    expect(df('python-non-root-user', 'FROM python:3.13-slim\nCMD ["python"]\n').actual).toBe('no USER in the final stage');
  });

  it('python-server-cmd', () => {
    const cmd = (line: string) => df('python-server-cmd', edit('CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]', line));
    expect(cmd('CMD ["python", "-m", "uvicorn", "app.main:app", "--host=0.0.0.0"]').passed).toBe(true);
    expect(cmd('CMD ["gunicorn", "app.main:app", "-k", "uvicorn_worker.UvicornWorker", "--bind", "0.0.0.0:8000"]').passed).toBe(true);
    expect(cmd('CMD ["fastapi", "run", "app/main.py"]').passed).toBe(true);
    expect(cmd('CMD uvicorn app.main:app --host 0.0.0.0').message).toMatch(/shell form/);
    expect(cmd("CMD ['uvicorn', 'app.main:app']").message).toMatch(/not valid JSON/);
    expect(cmd('CMD ["uvicorn", "app.main:app", "--port", "8000"]').message).toMatch(/127\.0\.0\.1/);
    expect(cmd('CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--reload"]').message).toMatch(/--reload/);
    expect(cmd('CMD ["gunicorn", "app.main:app", "--bind", "0.0.0.0:8000"]').message).toMatch(/uvicorn workers/);
    expect(cmd('CMD ["gunicorn", "app.main:app", "-k", "uvicorn_worker.UvicornWorker"]').message).toMatch(/0\.0\.0\.0:8000/);
    expect(cmd('CMD ["fastapi", "dev", "app/main.py"]').passed).toBe(false);
  });

  it('python-port-consistent', () => {
    expect(df('python-port-consistent', edit('EXPOSE 8000', 'EXPOSE 5000')).actual).toBe('EXPOSE 5000, but the server listens on 8000');
    expect(df('python-port-consistent', edit('EXPOSE 8000\n', '')).actual).toBe('no EXPOSE');
    expect(df('python-port-consistent', edit("'http://127.0.0.1:8000/health'", "'http://127.0.0.1:3000/health'")).message).toMatch(/asks port 3000/);
    // uvicorn's default port is 8000
    expect(df('python-port-consistent', edit('"--host", "0.0.0.0", "--port", "8000"]', '"--host", "0.0.0.0"]')).passed).toBe(true);
    expect(df('python-port-consistent', edit('"--port", "8000"]', '"--port", "8080"]')).passed).toBe(false);
  });

  it('healthcheck-tool-present', () => {
    const curl = df('healthcheck-tool-present', edit(`CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2)"`, 'CMD curl -f http://127.0.0.1:8000/health || exit 1'));
    expect(curl.actual).toMatch(/python:3\.13-slim has no curl/);
    expect(curl.message).toMatch(/urllib\.request/);
    const installed = edit('RUN useradd --create-home --uid 10001 appuser', 'RUN apt-get update && apt-get install -y --no-install-recommends curl && useradd appuser');
    expect(df('healthcheck-tool-present', edit(`CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2)"`, 'CMD curl -f http://127.0.0.1:8000/health', installed)).passed).toBe(true);
    expect(df('healthcheck-tool-present', 'FROM node:22-alpine\nHEALTHCHECK CMD wget -qO- http://127.0.0.1:3000/health || exit 1\n').passed).toBe(true);
    expect(df('healthcheck-tool-present', 'FROM node:22-alpine\nHEALTHCHECK CMD ["curl", "-f", "http://127.0.0.1:3000/health"]\n').message).toMatch(/fetch/);
    expect(df('healthcheck-tool-present', 'FROM python:3.13-slim\nHEALTHCHECK NONE\n').passed).toBe(false);
  });

  it('no-env-file-copied', () => {
    expect(df('no-env-file-copied', 'FROM python:3.13-slim\nCOPY .env.example .\n').passed).toBe(true);
    expect(df('no-env-file-copied', 'FROM python:3.13-slim\nCOPY .env .\n').actual).toBe('line 2: COPY .env .');
    expect(df('no-env-file-copied', 'FROM python:3.13-slim\nCOPY ["config/.env.production", "/app/"]\n').passed).toBe(false);
  });

  it('no-secret-build-args', () => {
    expect(df('no-secret-build-args', 'FROM python:3.13-slim\nARG APP_VERSION\nRUN --mount=type=secret,id=pipconf,target=/etc/pip.conf pip install -r requirements.txt\n').passed).toBe(true);
    const arg = df('no-secret-build-args', 'ARG BASE=python:3.13-slim\nFROM $BASE\nARG PIP_INDEX_TOKEN\n');
    expect(arg.actual).toBe('line 3: ARG PIP_INDEX_TOKEN');
    expect(arg.message).toMatch(/--mount=type=secret,id=pip_index_token/);
  });

  it('no-credentials-in-urls', () => {
    expect(df('no-credentials-in-urls', 'FROM python:3.13-slim\nRUN pip install --index-url https://__token__:${PIP_TOKEN}@pypi.example.com/simple -r requirements.txt\n').passed).toBe(true);
    const leak = df('no-credentials-in-urls', 'FROM python:3.13-slim\nRUN pip install --index-url https://__token__:pypi-AgEI@pypi.example.com/simple -r requirements.txt\n');
    expect(leak.passed).toBe(false);
    expect(leak.actual).not.toContain('pypi-AgEI');
  });
});

// ---------------------------------------------------------------- compose

const GOOD_COMPOSE = `services:
  api:
    build: .
    ports: ["8000:8000"]
    environment:
      DATABASE_URL: postgresql+psycopg://app:\${POSTGRES_PASSWORD}@db:5432/blog
      REDIS_URL: redis://cache:6379/0
    depends_on:
      db: { condition: service_healthy }
      cache: { condition: service_healthy }
  db:
    image: postgres:17-alpine
    environment:
      POSTGRES_USER: app
      POSTGRES_DB: blog
      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:?set it}
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U app -d blog"]
  cache:
    image: redis:8-alpine
    healthcheck:
      test: ["CMD", "redis-cli", "ping"]
`;
const editC = (from: string, to: string) => {
  expect(GOOD_COMPOSE, `fixture has no ${from}`).toContain(from);
  return GOOD_COMPOSE.replace(from, to);
};

describe('compose rule modules', () => {
  it('a good compose file passes every compose module', () => {
    for (const m of composeRuleModules) expect(compose(m.id, GOOD_COMPOSE).passed, m.id).toBe(true);
  });

  it('python-api-port', () => {
    expect(compose('python-api-port', editC('ports: ["8000:8000"]', 'ports: ["${API_PORT:-8080}:8000"]')).passed).toBe(true);
    expect(compose('python-api-port', editC('ports: ["8000:8000"]', 'ports: [{ target: 8000, published: 80 }]')).passed).toBe(true);
    expect(compose('python-api-port', editC('ports: ["8000:8000"]', 'ports: ["3000:3000"]')).actual).toBe('ports: 3000:3000');
    expect(compose('python-api-port', editC('ports: ["8000:8000"]', 'expose: ["8000"]')).message).toMatch(/expose/);
  });

  it('python-database-url-scheme', () => {
    expect(compose('python-database-url-scheme', editC('postgresql+psycopg://', 'postgresql://')).passed).toBe(true);
    const old = compose('python-database-url-scheme', editC('postgresql+psycopg://', 'postgres://'));
    expect(old.actual).toBe('DATABASE_URL scheme postgres://');
    expect(old.message).toMatch(/sqlalchemy\.dialects:postgres/);
    expect(compose('python-database-url-scheme', editC('postgresql+psycopg://', 'mysql://')).passed).toBe(false);
  });

  it('database-url-matches-db', () => {
    expect(compose('database-url-matches-db', editC('app:${POSTGRES_PASSWORD}@db:5432/blog', '${POSTGRES_USER}:${POSTGRES_PASSWORD}@db/blog')).passed).toBe(true);
    expect(compose('database-url-matches-db', editC('app:${POSTGRES_PASSWORD}@', 'postgres:${POSTGRES_PASSWORD}@')).actual).toBe('user postgres ≠ POSTGRES_USER app');
    expect(compose('database-url-matches-db', editC('@db:5432/blog', '@db:5432/app')).actual).toBe('database app ≠ POSTGRES_DB blog');
    expect(compose('database-url-matches-db', editC('@db:5432/blog', '@db:5433/blog')).actual).toMatch(/port 5433/);
    expect(compose('database-url-matches-db', editC('app:${POSTGRES_PASSWORD}@', 'app:${DB_PASSWORD}@')).actual).toMatch(/\$DB_PASSWORD/);
    // the image's defaults: user postgres, database = user
    const defaults = GOOD_COMPOSE.replace('      POSTGRES_USER: app\n      POSTGRES_DB: blog\n', '');
    expect(compose('database-url-matches-db', defaults).message).toMatch(/postgresql\+psycopg:\/\/postgres:\$\{POSTGRES_PASSWORD\}@db:5432\/postgres/);
  });

  it('cache-healthcheck', () => {
    expect(compose('cache-healthcheck', editC('      test: ["CMD", "redis-cli", "ping"]\n', '      test: redis-cli -a "$$REDIS_PASSWORD" ping\n')).passed).toBe(true);
    expect(compose('cache-healthcheck', editC('    healthcheck:\n      test: ["CMD", "redis-cli", "ping"]\n', '')).actual).toBe('no healthcheck on cache');
    expect(compose('cache-healthcheck', editC('["CMD", "redis-cli", "ping"]', '["CMD", "true"]')).passed).toBe(false);
    expect(compose('cache-healthcheck', editC('cache: { condition: service_healthy }', 'cache: { condition: service_started }')).actual).toBe('api depends_on cache (service_started)');
  });

  it('healthy-deps-have-healthchecks', () => {
    const noop = compose('healthy-deps-have-healthchecks', editC('["CMD-SHELL", "pg_isready -U app -d blog"]', '["CMD", "true"]'));
    expect(noop.actual).toBe('line 18: db healthcheck: true');
    expect(compose('healthy-deps-have-healthchecks', editC('["CMD-SHELL", "pg_isready -U app -d blog"]', 'exit 0')).passed).toBe(false);
    const missing = compose('healthy-deps-have-healthchecks', editC('    healthcheck:\n      test: ["CMD", "redis-cli", "ping"]\n', ''));
    expect(missing.message).toMatch(/has no healthcheck configured/);
    expect(compose('healthy-deps-have-healthchecks', editC('    healthcheck:\n      test: ["CMD", "redis-cli", "ping"]\n', '    healthcheck:\n      disable: true\n')).passed).toBe(false);
  });

  it('no-source-bind-mount', () => {
    expect(compose('no-source-bind-mount', editC('    build: .\n', '    build: .\n    volumes: ["uploads:/app/uploads"]\n')).passed).toBe(true);
    expect(compose('no-source-bind-mount', editC('    build: .\n', '    build: .\n    volumes: [".:/app", "/app/.venv"]\n')).actual).toBe('line 4: .:/app');
    expect(compose('no-source-bind-mount', editC('    build: .\n', '    build: .\n    volumes:\n      - type: bind\n        source: ./app\n        target: /app/app\n')).passed).toBe(false);
  });
});

describe('README rules read Python projects too', () => {
  const started = (block: string) => {
    const c = check(readmeRules, `# Parlour\n\nA chat server.\n\n## Getting Started\n\n\`\`\`bash\n${block}\n\`\`\`\n`, ['getting-started-section']).cases[0];
    return c?.passed;
  };
  it('getting-started-section accepts pip, uv and poetry installs with uvicorn, uv run or fastapi run', () => {
    expect(started('pip install -r requirements.txt\nuvicorn app.main:app --reload')).toBe(true);
    expect(started('uv sync\nuv run uvicorn app.main:app')).toBe(true);
    expect(started('poetry install\nfastapi run app/main.py')).toBe(true);
    expect(started('python -m venv .venv')).toBe(false);
  });
});
