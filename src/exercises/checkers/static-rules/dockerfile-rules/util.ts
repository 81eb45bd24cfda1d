import { assignments, finalStage, jsonForm, rootStage, stageChain, type Dockerfile, type Instruction, type Stage } from '../dockerfile-parser.js';

export const at = (ins: { line: number }) => `line ${ins.line}`;
export const show = (ins: Instruction) => `line ${ins.line}: ${ins.keyword} ${ins.args}`;
export const isRun = (ins: Instruction) => ins.keyword === 'RUN';
export const isCopy = (ins: Instruction) => ins.keyword === 'COPY' || ins.keyword === 'ADD';

/** The instructions that shape the image that runs: the final stage after those of its FROM-stage chain. */
export const finalChain = (df: Dockerfile) => stageChain(df, finalStage(df));

/** The base image of the final stage (following FROM <earlier stage>). */
export const runtimeBase = (df: Dockerfile): Stage => rootStage(df, finalStage(df));

export const lastOf = (list: Instruction[], ...keywords: string[]) => list.filter((i) => keywords.includes(i.keyword)).at(-1);

/** Sources of a COPY/ADD (everything but the destination), in either syntax. */
export function copySources(ins: Instruction): string[] {
  const words = jsonForm(ins.rest) ?? ins.rest.split(/\s+/).filter(Boolean);
  return words.slice(0, -1);
}

/** The words of an exec-form or shell-form command (HEALTHCHECK's leading `CMD` removed). */
export function commandWords(rest: string): { words: string[]; exec: boolean } {
  const body = rest.replace(/^CMD\s+/i, '');
  const json = jsonForm(body);
  return json ? { words: json, exec: true } : { words: body.split(/\s+/).filter(Boolean), exec: false };
}

/** The last value given to an ENV name in a list of instructions. */
export function envValue(list: Instruction[], name: string): string | undefined {
  return list.filter((i) => i.keyword === 'ENV').flatMap((i) => assignments(i)).filter((a) => a.name === name).at(-1)?.value;
}

/** The stage a `COPY --from=<ref>` names, when it is an earlier stage of this file. */
export function fromStage(df: Dockerfile, ref: string | undefined): Stage | undefined {
  if (!ref) return undefined;
  const key = ref.toLowerCase();
  return df.stages.find((s) => s.name === key || String(s.index) === key);
}
