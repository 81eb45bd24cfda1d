import type { Dockerfile } from '../dockerfile-parser.js';
import type { RuleModule } from '../rule-module.js';
import { runtimeBase } from './util.js';

/** Python lines that still get security fixes (3.10 reached end of life in October 2026). */
const OLDEST_SUPPORTED_MINOR = 11;

/** `python-slim-base`: every FROM pinned; the runtime is python:3.11+ on a -slim tag (not alpine, not the full image). */
export const pythonSlimBase: RuleModule<Dockerfile> = {
  id: 'python-slim-base',
  track: 'python',
  expected: 'every FROM pinned; the final stage runs on a supported python:3.x-slim image, e.g. FROM python:3.13-slim',
  lesson: 'week 13 § Choosing a base image',
  check(df) {
    for (const stage of df.stages) {
      if (stage.baseStage !== undefined) continue;
      const { tag, digest } = stage.image;
      if (stage.from.includes('$') || (!digest && (!tag || tag === 'latest'))) {
        return {
          actual: `line ${stage.line}: FROM ${stage.from}`,
          message: `The base image at line ${stage.line} is not pinned, so the build changes whenever a new image is published. Pin the Python line and the variant: FROM python:3.13-slim.`,
        };
      }
    }
    const base = runtimeBase(df);
    const { name, tag = '' } = base.image;
    const actual = `line ${base.line}: FROM ${base.from}`;
    if (name !== 'python') {
      return { actual, message: 'The runtime stage should start from the official Python image: FROM python:3.13-slim.' };
    }
    const version = /^(\d+)\.(\d+)/.exec(tag);
    const minor = version ? Number(version[2]) : undefined;
    if (version?.[1] !== '3' || minor === undefined) {
      return { actual, message: `Name the Python version in the tag, e.g. FROM python:3.13-slim (the tag "${tag}" does not).` };
    }
    if (minor < OLDEST_SUPPORTED_MINOR) {
      return { actual, message: `Python 3.${minor} no longer gets security fixes. Use a current line: FROM python:3.13-slim (or 3.12-slim).` };
    }
    if (/alpine/.test(tag)) {
      return {
        actual,
        message: 'Alpine uses musl libc: many packages have no prebuilt musl wheels and compile from source (slow builds, missing compilers). Use the Debian-based FROM python:3.13-slim.',
      };
    }
    if (!/slim/.test(tag)) {
      return { actual, message: `The full python:${tag} image is about 1 GB with compilers you do not run. Use FROM python:3.${minor}-slim for the runtime stage.` };
    }
    return undefined;
  },
};
