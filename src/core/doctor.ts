import type { Track } from '../curriculum/schema.js';
import { findPython, formatVersion } from './python-interpreter.js';

export interface ToolCheck {
  name: string;
  /** required tools fail the check; optional ones are hints for later weeks */
  required: boolean;
  found: boolean;
  version?: string;
  ok: boolean;
  /** what to do about it when not ok */
  advice?: string;
  /** why the learner needs it */
  purpose: string;
  /** the executable the tool's checks really run (Python: the interpreter behind python3) */
  path?: string;
}

interface ToolSpec {
  name: string;
  command: string;
  args: string[];
  required: (track: Track) => boolean;
  /** minimum [major, minor] when version matters */
  minimum?: [number, number];
  purpose: string;
  install: string;
  /** a probe of its own instead of `command args` (version text, and the real executable) */
  probe?: () => Promise<{ output: string; path: string } | undefined>;
  /** advice for a version that works but should be replaced (still ok) */
  outdated?: (version: [number, number]) => string | undefined;
  /** a second command that must succeed too, e.g. the Docker daemon behind the client */
  alive?: { command: string; args: string[]; timeoutMs: number; advice: string };
}

/** python3 or python, whichever is ≥ 3.11, resolved to the real interpreter like the checks do. */
async function probePython(): Promise<{ output: string; path: string } | undefined> {
  const found = await findPython();
  return found ? { output: formatVersion(found.version), path: found.executable } : undefined;
}

/**
 * The tool still runs on 20.12+, but the course's projects, Dockerfiles and CI examples use the
 * maintained LTS lines: 20 reached end of life on 2026-04-30, and odd majors never become LTS.
 */
function nodeOutdated([major]: [number, number]): string | undefined {
  if (major < 22) return `Node.js ${major} no longer gets security fixes (end of life 2026-04-30) and the course's projects use 22 or 24: install Node.js 24 LTS (nvm install 24)`;
  if (major % 2 === 1) return `Node.js ${major} is a short-lived release: the course's projects use the LTS lines 22 and 24`;
  return undefined;
}

const TOOLS: ToolSpec[] = [
  { name: 'node', command: process.execPath, args: ['--version'], required: () => true, minimum: [20, 12], outdated: nodeOutdated, purpose: 'runs backend-roadmap and the Node.js track', install: 'Install Node.js 24 LTS: https://nodejs.org (or via nvm / fnm)' },
  { name: 'npm', command: 'npm', args: ['--version'], required: () => true, purpose: 'installs project dependencies', install: 'npm ships with Node.js: reinstall Node.js from https://nodejs.org' },
  { name: 'git', command: 'git', args: ['--version'], required: () => true, purpose: 'version control for your workspace and portfolio', install: 'Install git: https://git-scm.com/downloads' },
  { name: 'python', command: 'python3', args: ['--version'], probe: probePython, required: (t) => t === 'python', minimum: [3, 11], purpose: 'runs the Python track and its exercise checks', install: 'Install Python 3.11 or newer: https://www.python.org/downloads/' },
  { name: 'psql', command: 'psql', args: ['--version'], required: () => false, purpose: 'PostgreSQL client for weeks 5-8 (exercises run in embedded Postgres without it)', install: 'Install PostgreSQL: https://www.postgresql.org/download/' },
  {
    name: 'docker', command: 'docker', args: ['--version'], required: () => false, purpose: 'containers for weeks 13-14',
    install: 'Install Docker Desktop or Docker Engine: https://docs.docker.com/get-docker/',
    // the client alone cannot build or run anything: the daemon must answer, and quickly
    alive: { command: 'docker', args: ['info', '--format', '{{.ServerVersion}}'], timeoutMs: 5_000, advice: 'the Docker daemon does not answer (docker info): start Docker Desktop, or `sudo systemctl start docker` on Linux' },
  },
  { name: 'redis-cli', command: 'redis-cli', args: ['--version'], required: () => false, purpose: 'Redis client for weeks 11-12', install: 'Install Redis: https://redis.io/docs/latest/operate/oss_and_stack/install/' },
];

export function parseVersion(text: string): [number, number] | undefined {
  const m = /(\d+)\.(\d+)/.exec(text);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

function atLeast(v: [number, number], min: [number, number]): boolean {
  return v[0] > min[0] || (v[0] === min[0] && v[1] >= min[1]);
}

/** Runs a command; its output, or undefined when it is missing, fails or takes longer than `timeoutMs`. */
export type RunVersion = (command: string, args: string[], timeoutMs?: number) => Promise<string | undefined>;

async function checkTool(t: ToolSpec, track: Track, runVersion: RunVersion): Promise<ToolCheck> {
  const probed = t.probe ? await t.probe() : undefined;
  const output = t.probe ? probed?.output : await runVersion(t.command, t.args);
  const required = t.required(track);
  const version = output ? parseVersion(output) : undefined;
  const versionOk = !t.minimum || (version !== undefined && atLeast(version, t.minimum));
  const answers = output === undefined || !t.alive || (await runVersion(t.alive.command, t.alive.args, t.alive.timeoutMs)) !== undefined;
  const ok = output !== undefined && versionOk && answers;
  const check: ToolCheck = { name: t.name, required, found: output !== undefined, ok, purpose: t.purpose };
  if (version) check.version = version.join('.');
  if (probed) check.path = probed.path;
  if (!answers) check.advice = t.alive!.advice;
  else if (!ok) check.advice = output && t.minimum ? `${t.name} ${version?.join('.') ?? '?'} is too old (need ${t.minimum.join('.')}+). ${t.install}` : t.install;
  else if (version && t.outdated) check.advice = t.outdated(version);
  return check;
}

const firstFound = async (commands: string[], runVersion: RunVersion) => {
  for (const command of commands) if ((await runVersion(command, ['--version'])) !== undefined) return command;
  return undefined;
};

/**
 * better-sqlite3 (the CLI's own store and the Node templates' database) compiles from source when
 * no prebuilt binary can be downloaded for the platform and Node version: node-gyp then needs make,
 * a C++ compiler and python3. Windows builds with Visual Studio instead, which we do not probe.
 */
async function checkToolchain(runVersion: RunVersion): Promise<ToolCheck | undefined> {
  if (process.platform === 'win32') return undefined;
  const [make, compiler, python] = await Promise.all([
    firstFound(['make'], runVersion),
    firstFound(['c++', 'g++', 'clang++'], runVersion),
    firstFound(['python3'], runVersion),
  ]);
  const missing = [make ? undefined : 'make', compiler ? undefined : 'a C++ compiler (g++ or clang++)', python ? undefined : 'python3'].filter(Boolean);
  const check: ToolCheck = {
    name: 'C/C++ build',
    required: false,
    found: missing.length === 0,
    ok: missing.length === 0,
    purpose: 'compiles better-sqlite3 when no prebuilt binary fits your machine',
  };
  if (missing.length) {
    const how = process.platform === 'darwin' ? 'xcode-select --install' : 'sudo apt install build-essential python3 (or your distribution\'s equivalent)';
    check.advice = `missing ${missing.join(', ')}: ${how}`;
  }
  return check;
}

/** Probes every tool in parallel; `runVersion` returns the command's output or undefined if it is missing. */
export async function runDoctor(track: Track, runVersion: RunVersion): Promise<ToolCheck[]> {
  const [tools, toolchain] = await Promise.all([Promise.all(TOOLS.map((t) => checkTool(t, track, runVersion))), checkToolchain(runVersion)]);
  return toolchain ? [...tools, toolchain] : tools;
}
