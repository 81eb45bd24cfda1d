import { LineCounter, isNode, parseDocument } from 'yaml';
import type { CaseResult } from '../../types.js';
import { moduleComposeRules } from './compose-rules/index.js';
import { dependsOn, environment, isObj, where, type Obj } from './compose-rules/util.js';
import { fail, parseImageRef, pass, type ParseResult, type RuleSet } from './shared.js';

export interface ComposeFile {
  top: Obj;
  /** services by name; a service that is not a mapping reads as {} */
  services: Map<string, Obj>;
  /** 1-based line of the value at a path (e.g. ['services', 'db', 'image']), when it exists */
  lineOf(path: Array<string | number>): number | undefined;
}

const SUBSTITUTION = /^\$(\{\w+(:?\?[^}]*)?\}|\w+)$/;
// STRIPE_API_KEY, AWS_SECRET_ACCESS_KEY, GITHUB_TOKEN, DB_PASSWORD, …
const SECRET_KEY = /PASSWORD|SECRET|TOKEN|API_?KEY|PRIVATE_KEY|ACCESS_KEY|CREDENTIALS/i;
const URL_HOST = /^[a-z][a-z0-9+.-]*:\/\/(?:([^@/]*)@)?([^:/?#]+)/i;

export function parseCompose(text: string): ParseResult<ComposeFile> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const message = error.message.replace(/ at line \d+, column \d+:/, ':').trimEnd();
    return { ok: false, message, line: error.linePos?.[0].line ?? 1 };
  }
  const top: unknown = doc.toJS({ maxAliasCount: 100 });
  if (!isObj(top)) {
    return { ok: false, message: 'the file must be a YAML mapping with a top-level `services:` key', line: 1 };
  }
  const services = new Map<string, Obj>();
  if (isObj(top.services)) {
    for (const [name, svc] of Object.entries(top.services)) services.set(name, isObj(svc) ? svc : {});
  }
  const lineOf = (path: Array<string | number>) => {
    const node: unknown = doc.getIn(path, true);
    const start = isNode(node) ? node.range?.[0] : undefined;
    return start === undefined ? undefined : lineCounter.linePos(start).line;
  };
  return { ok: true, value: { top, services, lineOf } };
}

function missingService(rule: string, expected: string, name: string): CaseResult {
  return fail(rule, expected, `no service named ${name}`, `Add a service called \`${name}:\` under services: (see the services-api-db-cache rule).`);
}

/** `no-version-key`: no obsolete top-level `version:`. */
export function noVersionKey(file: ComposeFile): CaseResult {
  const expected = 'no top-level version: key';
  if (!('version' in file.top)) return pass('no-version-key', expected);
  return fail('no-version-key', expected, `${where(file, ['version'])}version: ${String(file.top.version)}`,
    'The Compose Specification ignores `version:` and Docker Compose v2 warns that it is obsolete. Delete the line.');
}

/** `services-api-db-cache`: services named `api`, `db`, `cache` exist. */
export function servicesApiDbCache(file: ComposeFile): CaseResult {
  const expected = 'services named api, db and cache';
  const missing = ['api', 'db', 'cache'].filter((n) => !file.services.has(n));
  if (missing.length === 0) return pass('services-api-db-cache', expected);
  const found = [...file.services.keys()];
  return fail('services-api-db-cache', expected, `services: ${found.join(', ') || '(none)'}`,
    `Missing: ${missing.join(', ')}. Name the services api (your app), db (PostgreSQL) and cache (Redis); the names are also the host names the API connects to.`);
}

/** `api-build`: api has `build`. */
export function apiBuild(file: ComposeFile): CaseResult {
  const expected = 'api is built from the Dockerfile (build: .)';
  const api = file.services.get('api');
  if (!api) return missingService('api-build', expected, 'api');
  if (api.build) return pass('api-build', expected);
  return fail('api-build', expected, api.image ? `image: ${String(api.image)}` : 'no build:',
    'The api service is your own code: build it from the Dockerfile next to this file with `build: .`.');
}

/** `api-ports`: api publishes a port. */
export function apiPorts(file: ComposeFile): CaseResult {
  const expected = 'api publishes a port, e.g. ports: ["3000:3000"]';
  const api = file.services.get('api');
  if (!api) return missingService('api-ports', expected, 'api');
  if (Array.isArray(api.ports) && api.ports.length > 0) return pass('api-ports', expected);
  const note = api.expose ? ' (`expose:` only opens the port to other containers)' : '';
  return fail('api-ports', expected, 'no ports:', `Publish the API so you can reach it from your machine${note}: ports: ["3000:3000"].`);
}

function pinnedImage(file: ComposeFile, rule: string, service: string, image: string, example: string): CaseResult {
  const expected = `${service} uses image ${image}:<version>, e.g. ${example}`;
  const svc = file.services.get(service);
  if (!svc) return missingService(rule, expected, service);
  const raw = typeof svc.image === 'string' ? svc.image : '';
  const ref = parseImageRef(raw);
  const actual = raw ? `${where(file, ['services', service, 'image'])}image: ${raw}` : 'no image:';
  if (ref.name !== image) {
    return fail(rule, expected, actual, `The ${service} service should run the official ${image} image: image: ${example}.`);
  }
  if (ref.digest || (ref.tag && ref.tag !== 'latest' && !ref.tag.includes('$'))) return pass(rule, expected);
  return fail(rule, expected, actual, `Pin the major version so an upgrade never happens by surprise: image: ${example}.`);
}

/** `db-postgres-pinned`: db image is `postgres:<tag>`, tag not latest. */
export const dbPostgresPinned = (file: ComposeFile) => pinnedImage(file, 'db-postgres-pinned', 'db', 'postgres', 'postgres:16-alpine');

/** `cache-redis-pinned`: cache image is `redis:<tag>`, tag not latest. */
export const cacheRedisPinned = (file: ComposeFile) => pinnedImage(file, 'cache-redis-pinned', 'cache', 'redis', 'redis:7-alpine');

/** `db-healthcheck`: db defines a healthcheck. */
export function dbHealthcheck(file: ComposeFile): CaseResult {
  const expected = 'db has a healthcheck (pg_isready)';
  const db = file.services.get('db');
  if (!db) return missingService('db-healthcheck', expected, 'db');
  const hc = db.healthcheck;
  const test = isObj(hc) ? hc.test : undefined;
  const disabled = isObj(hc) && (hc.disable === true || (Array.isArray(test) && test[0] === 'NONE'));
  if (isObj(hc) && test && !disabled) return pass('db-healthcheck', expected);
  return fail('db-healthcheck', expected, disabled ? 'healthcheck disabled' : 'no healthcheck:',
    'Postgres accepts connections a few seconds after its container starts; a healthcheck lets others wait for that. Under db add:\nhealthcheck:\n  test: ["CMD-SHELL", "pg_isready -U $${POSTGRES_USER} -d $${POSTGRES_DB}"]\n  interval: 5s\n  timeout: 3s\n  retries: 10\n($$ keeps compose from substituting the variable, so the container\'s shell reads it.)');
}

/** `depends-on-healthy`: api depends_on db (condition: service_healthy) and cache. */
export function dependsOnHealthy(file: ComposeFile): CaseResult {
  const expected = 'api depends_on db (condition: service_healthy) and cache';
  const api = file.services.get('api');
  if (!api) return missingService('depends-on-healthy', expected, 'api');
  const deps = dependsOn(api);
  const actual = deps.size
    ? `depends_on: ${[...deps].map(([n, c]) => `${n} (${c || 'no condition'})`).join(', ')}`
    : 'no depends_on:';
  const fix = 'depends_on:\n  db:\n    condition: service_healthy\n  cache:\n    condition: service_started';
  if (!deps.has('db') || !deps.has('cache')) {
    return fail('depends-on-healthy', expected, actual, `The api needs both db and cache to be started first. Write:\n${fix}`);
  }
  if (deps.get('db') !== 'service_healthy') {
    return fail('depends-on-healthy', expected, actual,
      `Without a condition, compose starts the api as soon as the db container exists, before Postgres accepts connections. Use the map form:\n${fix}`);
  }
  return pass('depends-on-healthy', expected);
}

/** `named-volume-db`: db data in a named volume declared under top-level `volumes`. */
export function namedVolumeDb(file: ComposeFile): CaseResult {
  const expected = 'db mounts a named volume at /var/lib/postgresql/data, declared under top-level volumes:';
  const db = file.services.get('db');
  if (!db) return missingService('named-volume-db', expected, 'db');
  const mounts = (Array.isArray(db.volumes) ? db.volumes : []).map(volumeMount);
  const data = mounts.find((m) => m.target.replace(/\/+$/, '') === '/var/lib/postgresql/data');
  const fix = 'Under db: volumes: ["pgdata:/var/lib/postgresql/data"], and at the top level: volumes: { pgdata: {} }.';
  if (!data) return fail('named-volume-db', expected, 'no volume at /var/lib/postgresql/data', `Without it the data is lost when the container is removed. ${fix}`);
  if (/^[./~$]/.test(data.source) || data.source === '') {
    return fail('named-volume-db', expected, `bind mount ${data.source}`, `A host folder has permission and portability problems; let Docker manage a named volume. ${fix}`);
  }
  const declared = isObj(file.top.volumes) && data.source in file.top.volumes;
  if (declared) return pass('named-volume-db', expected);
  return fail('named-volume-db', expected, `volume ${data.source} is not declared`, `Declare it at the top level: volumes:\n  ${data.source}:`);
}

function volumeMount(entry: unknown): { source: string; target: string } {
  if (isObj(entry)) return { source: String(entry.source ?? ''), target: String(entry.target ?? '') };
  const [source = '', target = ''] = String(entry).split(':');
  return target ? { source, target } : { source: '', target: source };
}

/** Where `KEY` sits in a service's environment, for either syntax: `line 12: ` or ''. */
function envWhere(file: ComposeFile, service: string, key: string): string {
  const raw = file.services.get(service)?.environment;
  const index = Array.isArray(raw) ? raw.findIndex((item) => String(item).split('=')[0]?.trim() === key) : -1;
  return where(file, ['services', service, 'environment', Array.isArray(raw) ? index : key]);
}

/** The URL's user:password@ part, if any. */
function urlPassword(value: string): string | undefined {
  const userinfo = URL_HOST.exec(value)?.[1] ?? '';
  return userinfo.includes(':') ? userinfo.slice(userinfo.indexOf(':') + 1) : undefined;
}

/** The variable a URL's password should come from: POSTGRES_PASSWORD for DATABASE_URL, REDIS_PASSWORD for REDIS_URL… */
const passwordVar = (key: string) =>
  /DATABASE|POSTGRES|^PG/i.test(key) ? 'POSTGRES_PASSWORD' : `${key.replace(/_?URL$/i, '') || 'SERVICE'}_PASSWORD`;

/** The same URL with a literal password swapped for `${<VAR>}` (and the host, if given). */
function fixUrl(key: string, value: string, host?: string): string {
  const m = URL_HOST.exec(value);
  if (!m) return value;
  const password = urlPassword(value);
  let userinfo = m[1];
  if (userinfo !== undefined && password !== undefined && !SUBSTITUTION.test(password)) {
    userinfo = `${userinfo.slice(0, userinfo.indexOf(':'))}:\${${passwordVar(key)}}`;
  }
  const scheme = m[0].slice(0, m[0].indexOf('://') + 3);
  return `${scheme}${userinfo !== undefined ? `${userinfo}@` : ''}${host ?? m[2]}${value.slice(m[0].length)}`;
}

/** `no-hardcoded-secrets`: secret-looking values, and passwords inside URLs such as DATABASE_URL, come from `${VAR}`. */
export function noHardcodedSecrets(file: ComposeFile): CaseResult {
  const expected = 'secrets come from ${VAR} substitution (.env), never literals';
  const found: string[] = [];
  const fixes: string[] = [];
  for (const [service, svc] of file.services) {
    for (const [key, value] of environment(svc)) {
      if (value === null || value === '') continue;
      const at = `${envWhere(file, service, key)}${service} ${key}`;
      if (SECRET_KEY.test(key) && !/_FILE$/i.test(key) && !SUBSTITUTION.test(value)) {
        const dflt = /^\$\{\w+:?-/.test(value);
        found.push(`${at}=${dflt ? value.replace(/:?-[^}]*/, ':-****') : '****'}`);
        fixes.push(`${key}: \${${key}:?set ${key} in .env}${dflt ? ' (a default after :- is still a password written in the file)' : ''}`);
      } else {
        const password = urlPassword(value);
        if (password && !SUBSTITUTION.test(password)) {
          found.push(`${at} has a literal password`);
          fixes.push(`${key}: ${fixUrl(key, value)}`);
        }
      }
    }
  }
  if (found.length === 0) return pass('no-hardcoded-secrets', expected);
  return fail('no-hardcoded-secrets', expected, found.join('; '),
    `Anything written in this file ends up in git. Take each value from .env (git-ignored; commit a .env.example without values):\n${fixes.map((f) => `  ${f}`).join('\n')}`);
}

/** `api-env-urls`: api gets DATABASE_URL and REDIS_URL pointing at the db and cache services. */
export function apiEnvUrls(file: ComposeFile): CaseResult {
  const expected = 'api environment: DATABASE_URL → db, REDIS_URL → cache';
  const api = file.services.get('api');
  if (!api) return missingService('api-env-urls', expected, 'api');
  const env = environment(api);
  const wants: Array<[string, string, string]> = [
    ['DATABASE_URL', 'db', 'postgresql://app:${POSTGRES_PASSWORD}@db:5432/app'],
    ['REDIS_URL', 'cache', 'redis://cache:6379'],
  ];
  const found: string[] = [];
  const fixes: string[] = [];
  let sawLocalhost = false;
  for (const [key, host, example] of wants) {
    const value = env.get(key);
    const actualHost = value ? URL_HOST.exec(value)?.[2] : undefined;
    if (actualHost === host) continue;
    sawLocalhost ||= actualHost === 'localhost' || actualHost === '127.0.0.1';
    found.push(value ? `${envWhere(file, 'api', key)}${key} points at ${actualHost ?? 'no host'}` : `no ${key}`);
    fixes.push(`${key}: ${value && actualHost ? fixUrl(key, value, host) : example}`);
  }
  if (found.length === 0) return pass('api-env-urls', expected);
  const why = sawLocalhost
    ? 'Inside a container, localhost is the container itself; other services are reached by their service name.'
    : 'On the compose network each service is reachable by its name: db and cache.';
  return fail('api-env-urls', expected, found.join('; '), `${why} Write:\n${fixes.map((f) => `  ${f}`).join('\n')}`);
}

export const composeRules: RuleSet<ComposeFile> = {
  label: 'docker-compose.yml',
  parse: parseCompose,
  rules: {
    'no-version-key': noVersionKey,
    'services-api-db-cache': servicesApiDbCache,
    'api-build': apiBuild,
    'api-ports': apiPorts,
    'db-postgres-pinned': dbPostgresPinned,
    'cache-redis-pinned': cacheRedisPinned,
    'db-healthcheck': dbHealthcheck,
    'depends-on-healthy': dependsOnHealthy,
    'named-volume-db': namedVolumeDb,
    'no-hardcoded-secrets': noHardcodedSecrets,
    'api-env-urls': apiEnvUrls,
    // one rule per module from here on (Python api services, healthchecks, bind mounts, DATABASE_URL)
    ...moduleComposeRules,
  },
};
