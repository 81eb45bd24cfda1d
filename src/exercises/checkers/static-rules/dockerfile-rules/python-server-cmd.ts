import type { Dockerfile } from '../dockerfile-parser.js';
import type { RuleModule } from '../rule-module.js';
import { commandWords, finalChain, lastOf, show } from './util.js';

const EXAMPLE = 'CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]';

/** The server a command starts, with its arguments: `uvicorn …`, `python -m uvicorn …`, `gunicorn …`, `fastapi run …`. */
export function serverArgs(words: string[]): { server: string; args: string[] } | undefined {
  const [first = '', second = '', third = ''] = words;
  const bin = first.split('/').at(-1) ?? '';
  if (/^python3?(\.\d+)?$/.test(bin) && second === '-m') return { server: third, args: words.slice(3) };
  return { server: bin, args: words.slice(1) };
}

/** The value of `--name value` / `--name=value` / `-n value`. */
export function option(args: string[], ...names: string[]): string | undefined {
  for (const [i, a] of args.entries()) {
    for (const n of names) {
      if (a === n) return args[i + 1];
      if (a.startsWith(`${n}=`)) return a.slice(n.length + 1);
    }
  }
  return undefined;
}

/** `python-server-cmd`: CMD in exec form starts an ASGI server that listens on 0.0.0.0, without --reload. */
export const pythonServerCmd: RuleModule<Dockerfile> = {
  id: 'python-server-cmd',
  track: 'python',
  expected: `exec-form CMD starting the server on all interfaces, e.g. ${EXAMPLE}`,
  lesson: 'week 13 § Exec form, signals and graceful shutdown',
  check(df) {
    const chain = finalChain(df);
    const start = lastOf(chain, 'ENTRYPOINT') ?? lastOf(chain, 'CMD');
    if (!start) return { actual: 'no CMD in the final stage', message: `Say how to start the app: ${EXAMPLE}.` };
    const { words, exec } = commandWords(start.rest);
    if (!exec) {
      const why = start.rest.startsWith('[') ? 'looks like an array but is not valid JSON (use double quotes)' : 'is in shell form';
      return {
        actual: show(start),
        message: `Line ${start.line} ${why}: /bin/sh becomes PID 1 and SIGTERM never reaches uvicorn, so docker stop waits 10 s and kills it mid-request. Write ${EXAMPLE}.`,
      };
    }
    const cmd = serverArgs(words);
    if (!cmd) return { actual: show(start), message: `Start the ASGI server directly: ${EXAMPLE}.` };
    const { server, args } = cmd;
    if (args.includes('--reload')) {
      return { actual: show(start), message: `Line ${start.line} runs with --reload, a development file watcher that restarts the server on changes and costs CPU. Drop it in the image.` };
    }
    if (server === 'uvicorn' || server === 'hypercorn') {
      const host = option(args, '--host', '-b', '--bind');
      if (!host || !/^(0\.0\.0\.0|::|\[::\])(:\d+)?$/.test(host)) {
        return {
          actual: show(start),
          message: `${server} listens on 127.0.0.1 unless told otherwise${host ? ` (here: ${host})` : ''}; inside a container that means "reachable only from inside this container". Add "--host", "0.0.0.0": ${EXAMPLE}.`,
        };
      }
      return undefined;
    }
    if (server === 'gunicorn') {
      const bind = option(args, '-b', '--bind');
      if (!bind || !/^(0\.0\.0\.0|\[::\]):\d+$/.test(bind)) {
        return { actual: show(start), message: 'gunicorn binds 127.0.0.1:8000 unless told otherwise: add "--bind", "0.0.0.0:8000".' };
      }
      const worker = option(args, '-k', '--worker-class') ?? '';
      if (!/uvicorn/i.test(worker)) {
        return {
          actual: show(start),
          message: 'gunicorn speaks WSGI; a FastAPI app is ASGI and needs uvicorn workers: add "-k", "uvicorn_worker.UvicornWorker" (package uvicorn-worker), or run uvicorn directly.',
        };
      }
      return undefined;
    }
    if (server === 'fastapi') {
      if (args[0] === 'dev') return { actual: show(start), message: '`fastapi dev` is the auto-reloading development server. Use `fastapi run` (it binds 0.0.0.0) or uvicorn.' };
      return undefined;
    }
    return { actual: show(start), message: `Start the ASGI server itself (uvicorn, gunicorn with uvicorn workers, or fastapi run), not ${server || 'a wrapper'}: ${EXAMPLE}.` };
  },
};
