import { editDistance, parseImageRef, type ImageRef, type ParseResult } from './shared.js';

/** One instruction after joining `\` continuations and dropping comments. */
export interface Instruction {
  /** upper-cased keyword: FROM, RUN, COPY, … */
  keyword: string;
  /** everything after the keyword, continuations joined */
  args: string;
  /** leading `--name=value` flags (COPY --from=build, RUN --mount=…); bare flags map to '' */
  flags: Map<string, string>;
  /** args without the leading flags */
  rest: string;
  /** 1-based line where the instruction starts */
  line: number;
}

export interface Stage {
  index: number;
  /** the `AS name` alias, lower-cased */
  name?: string;
  /** the FROM argument with global ARG defaults substituted */
  from: string;
  image: ImageRef;
  /** when FROM names an earlier stage, its index */
  baseStage?: number;
  line: number;
  /** instructions after FROM, up to the next FROM */
  instructions: Instruction[];
}

export interface Dockerfile {
  stages: Stage[];
  /** every instruction in file order, FROMs included */
  all: Instruction[];
}

const KEYWORDS = [
  'FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT',
  'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL',
];

type Failure = { ok: false; message: string; line: number };
const failure = (line: number, message: string): Failure => ({ ok: false, message, line });

export function parseDockerfile(text: string): ParseResult<Dockerfile> {
  const lines = text.split(/\r?\n/);
  const escape = escapeDirective(lines);
  const all: Instruction[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i] ?? '';
    if (isBlankOrComment(first)) { i++; continue; }
    const startLine = i + 1;
    let joined = '';
    let cur = first;
    for (;;) {
      const trimmed = cur.trimEnd();
      if (!trimmed.endsWith(escape)) { joined += cur; i++; break; }
      joined += trimmed.slice(0, -1);
      i++;
      // Docker skips comment and blank lines inside a continuation
      while (i < lines.length && isBlankOrComment(lines[i] ?? '')) i++;
      if (i >= lines.length) break;
      cur = lines[i] ?? '';
    }
    const parsed = parseInstruction(joined, startLine);
    if (!parsed.ok) return parsed;
    all.push(parsed.value);
    i = skipHeredoc(parsed.value, lines, i);
  }
  return buildStages(all);
}

function isBlankOrComment(line: string): boolean {
  const t = line.trim();
  return t === '' || t.startsWith('#');
}

/** Parser directives (`# escape=\``) may only appear at the very top. */
function escapeDirective(lines: string[]): string {
  for (const line of lines) {
    const m = /^#\s*([a-z]+)\s*=\s*(\S+)\s*$/i.exec(line);
    if (!m) break;
    if (m[1]?.toLowerCase() === 'escape' && (m[2] === '`' || m[2] === '\\')) return m[2];
  }
  return '\\';
}

function parseInstruction(source: string, line: number): ParseResult<Instruction> {
  const m = /^\s*(\S+)\s*([\s\S]*)$/.exec(source);
  const word = m?.[1] ?? '';
  const keyword = word.toUpperCase();
  if (!KEYWORDS.includes(keyword)) {
    const guess = KEYWORDS.find((k) => editDistance(k, keyword) <= 2);
    const hint = guess ? ` — did you mean ${guess}?` : '';
    return failure(line, `unknown instruction "${word}"${hint}`);
  }
  const args = (m?.[2] ?? '').trim();
  const flags = new Map<string, string>();
  let rest = args;
  for (let f = /^--([\w-]+)(?:=(\S*))?\s*/.exec(rest); f; f = /^--([\w-]+)(?:=(\S*))?\s*/.exec(rest)) {
    flags.set(f[1]?.toLowerCase() ?? '', f[2] ?? '');
    rest = rest.slice(f[0].length);
  }
  return { ok: true, value: { keyword, args, flags, rest, line } };
}

/** BuildKit heredocs (`RUN <<EOF … EOF`): their body lines are not instructions. */
function skipHeredoc(ins: Instruction, lines: string[], next: number): number {
  if (!['RUN', 'COPY', 'ADD'].includes(ins.keyword)) return next;
  const m = /<<(-?)(["']?)([A-Za-z_]\w*)\2/.exec(ins.args);
  if (!m) return next;
  const [, dash, , word] = m;
  let i = next;
  while (i < lines.length) {
    const body = lines[i] ?? '';
    i++;
    if ((dash ? body.replace(/^\t+/, '') : body).trimEnd() === word) break;
  }
  return i;
}

function buildStages(all: Instruction[]): ParseResult<Dockerfile> {
  const globalArgs = new Map<string, string>();
  const stages: Stage[] = [];
  for (const ins of all) {
    if (ins.keyword === 'FROM') {
      const stage = parseFrom(ins, stages, globalArgs);
      if (!stage.ok) return stage;
      stages.push(stage.value);
    } else if (stages.length === 0) {
      if (ins.keyword !== 'ARG') {
        return failure(ins.line, `${ins.keyword} before the first FROM — a Dockerfile starts with FROM (only ARG may come before it)`);
      }
      const [name = '', value = ''] = ins.rest.split('=', 2);
      globalArgs.set(name.trim(), unquote(value.trim()));
    } else {
      stages[stages.length - 1]?.instructions.push(ins);
    }
  }
  if (stages.length === 0) return failure(1, 'no FROM instruction — a Dockerfile starts with FROM <image>:<tag>');
  return { ok: true, value: { stages, all } };
}

function parseFrom(ins: Instruction, earlier: Stage[], globalArgs: Map<string, string>): ParseResult<Stage> {
  const words = ins.rest.split(/\s+/).filter(Boolean);
  const [ref, as, alias] = words;
  if (!ref || (words.length !== 1 && (words.length !== 3 || as?.toUpperCase() !== 'AS'))) {
    return failure(ins.line, `cannot read "FROM ${ins.args}" — write FROM <image>:<tag> [AS <name>]`);
  }
  const from = substitute(ref, globalArgs);
  const baseStage = earlier.find((s) => s.name !== undefined && s.name === from.toLowerCase())?.index;
  const stage: Stage = { index: earlier.length, from, image: parseImageRef(from), line: ins.line, instructions: [] };
  if (alias) stage.name = alias.toLowerCase();
  if (baseStage !== undefined) stage.baseStage = baseStage;
  return { ok: true, value: stage };
}

/** `$NAME`, `${NAME}` and `${NAME:-default}` from ARGs declared before the first FROM. */
function substitute(value: string, args: Map<string, string>): string {
  return value.replace(/\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g, (whole, braced?: string, dflt?: string, bare?: string) => {
    const found = args.get(braced ?? bare ?? '');
    if (found) return found;
    return dflt ?? whole;
  });
}

export function unquote(value: string): string {
  const m = /^(["'])([\s\S]*)\1$/.exec(value);
  return m ? (m[2] ?? '') : value;
}

/** The instructions that shape a stage's image: its own, after those of the stage it builds FROM. */
export function stageChain(df: Dockerfile, stage: Stage): Instruction[] {
  const base = stage.baseStage === undefined ? undefined : df.stages[stage.baseStage];
  return base ? [...stageChain(df, base), ...stage.instructions] : stage.instructions;
}

/** The stage (following `FROM <earlier stage>`) whose FROM names a real image. */
export function rootStage(df: Dockerfile, stage: Stage): Stage {
  const base = stage.baseStage === undefined ? undefined : df.stages[stage.baseStage];
  return base ? rootStage(df, base) : stage;
}

export function finalStage(df: Dockerfile): Stage {
  const last = df.stages[df.stages.length - 1];
  if (!last) throw new Error('a parsed Dockerfile always has a stage');
  return last;
}

/** The exec-form array when the args are a JSON array of strings, else undefined. */
export function jsonForm(args: string): string[] | undefined {
  if (!args.trim().startsWith('[')) return undefined;
  try {
    const value: unknown = JSON.parse(args);
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
  } catch {
    return undefined;
  }
}

/** `KEY=value KEY2="v w"` or legacy `KEY value` (ENV, and ARG with a default). */
export function assignments(ins: Instruction): Array<{ name: string; value: string | undefined }> {
  const rest = ins.rest.trim();
  if (!/^[^\s=]+=/.test(rest)) {
    const [name = '', ...value] = rest.split(/\s+/);
    if (ins.keyword === 'ARG') return [{ name, value: undefined }];
    return [{ name, value: value.join(' ') }];
  }
  const out: Array<{ name: string; value: string | undefined }> = [];
  for (const m of rest.matchAll(/([^\s=]+)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g)) {
    out.push({ name: m[1] ?? '', value: unquote(m[2] ?? '') });
  }
  return out;
}
