import type { Dockerfile } from '../dockerfile-parser.js';
import type { RuleModule } from '../rule-module.js';
import { envValue, finalChain } from './util.js';

const WANTED = ['PYTHONDONTWRITEBYTECODE', 'PYTHONUNBUFFERED'] as const;
const truthy = (v: string | undefined) => v !== undefined && v !== '' && v !== '0';

/** `python-env-vars`: the final stage sets PYTHONDONTWRITEBYTECODE=1 and PYTHONUNBUFFERED=1. */
export const pythonEnvVars: RuleModule<Dockerfile> = {
  id: 'python-env-vars',
  track: 'python',
  expected: 'ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 in the final stage',
  lesson: 'week 13 § A production Dockerfile',
  check(df) {
    const chain = finalChain(df);
    const missing = WANTED.filter((name) => !truthy(envValue(chain, name)));
    if (missing.length === 0) return undefined;
    const why = missing.includes('PYTHONUNBUFFERED')
      ? 'Without PYTHONUNBUFFERED=1, print and logging output sits in a buffer and shows up in docker logs late, or never if the container crashes.'
      : 'Without PYTHONDONTWRITEBYTECODE=1, Python tries to write __pycache__ files into the image at run time.';
    return { actual: `not set: ${missing.join(', ')}`, message: `${why} Add ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 to the final stage.` };
  },
};
