import type { Dockerfile } from '../dockerfile-parser.js';
import type { RuleModule } from '../rule-module.js';
import { finalChain, isRun, lastOf, show } from './util.js';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Users that exist in the Debian-based python images without being created. */
const BUILT_IN = new Set(['nobody']);

/** `python-non-root-user`: the final stage creates an unprivileged user and switches to it. */
export const pythonNonRootUser: RuleModule<Dockerfile> = {
  id: 'python-non-root-user',
  track: 'python',
  expected: 'the final stage creates a user (useradd/adduser) and switches to it with USER, e.g. USER appuser',
  lesson: 'week 13 § A production Dockerfile',
  check(df) {
    const chain = finalChain(df);
    const fix = 'RUN useradd --create-home --uid 10001 appuser, then USER appuser before CMD.';
    const user = lastOf(chain, 'USER');
    if (!user) {
      return { actual: 'no USER in the final stage', message: `The python images run as root unless told otherwise, and they have no ready-made app user (unlike node's "node"). ${fix}` };
    }
    const name = (user.rest.split(':')[0] ?? '').trim();
    if (name === 'root' || name === '0') {
      return { actual: show(user), message: `Line ${user.line} switches to root: a bug in the app then owns the whole container. ${fix}` };
    }
    if (/^\d+$/.test(name) || BUILT_IN.has(name)) return undefined;
    const created = chain.some((i) => isRun(i) && i.line < user.line && new RegExp(`\\b(useradd|adduser)\\b[^&|;]*\\s${escapeRegExp(name)}(\\s|$|[;&|])`).test(i.rest));
    if (created) return undefined;
    return {
      actual: `${show(user)}, but no RUN useradd/adduser creates ${name}`,
      message: `The python images have no user called ${name}, so the container would fail to start ("unable to find user ${name}"). Create it first: RUN useradd --create-home --uid 10001 ${name}.`,
    };
  },
};
