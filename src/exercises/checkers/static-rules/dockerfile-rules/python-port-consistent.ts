import type { Dockerfile } from '../dockerfile-parser.js';
import type { RuleModule } from '../rule-module.js';
import { commandWords, finalChain, lastOf } from './util.js';
import { option, serverArgs } from './python-server-cmd.js';

const DEFAULT_PORT = '8000'; // uvicorn, gunicorn and fastapi run all default to 8000

/** The port the server in CMD listens on, when it can be read. */
function serverPort(words: string[]): string | undefined {
  const cmd = serverArgs(words);
  if (!cmd) return undefined;
  if (['uvicorn', 'fastapi', 'hypercorn'].includes(cmd.server)) {
    const bind = option(cmd.args, '--bind', '-b');
    return option(cmd.args, '--port') ?? (bind ? /:(\d+)$/.exec(bind)?.[1] : undefined) ?? DEFAULT_PORT;
  }
  if (cmd.server === 'gunicorn') return /:(\d+)$/.exec(option(cmd.args, '--bind', '-b') ?? '')?.[1] ?? DEFAULT_PORT;
  return undefined;
}

/** `python-port-consistent`: EXPOSE, the server's --port and the HEALTHCHECK URL name the same port. */
export const pythonPortConsistent: RuleModule<Dockerfile> = {
  id: 'python-port-consistent',
  track: 'python',
  expected: 'EXPOSE, the --port in CMD and the HEALTHCHECK URL use the same port, e.g. 8000',
  lesson: 'week 13 § A production Dockerfile',
  check(df) {
    const chain = finalChain(df);
    const exposed = chain.filter((i) => i.keyword === 'EXPOSE').flatMap((i) => i.rest.split(/\s+/)).map((p) => p.replace(/\/(tcp|udp)$/, '')).filter(Boolean);
    const start = lastOf(chain, 'CMD');
    const port = start ? serverPort(commandWords(start.rest).words) : undefined;
    if (exposed.length === 0) {
      return { actual: 'no EXPOSE', message: `Document the port the server listens on: EXPOSE ${port ?? DEFAULT_PORT}.` };
    }
    if (port && !exposed.includes(port)) {
      return {
        actual: `EXPOSE ${exposed.join(' ')}, but the server listens on ${port}`,
        message: `The server in CMD listens on ${port}${option(serverArgs(commandWords(start?.rest ?? '').words)?.args ?? [], '--port') ? '' : ' (its default)'}, so EXPOSE ${exposed.join(' ')} documents the wrong port and a ports: mapping to it reaches nothing. Use the same number in both: EXPOSE ${port}.`,
      };
    }
    const check = lastOf(chain, 'HEALTHCHECK');
    const url = check ? /https?:\/\/[^/:\s'"]+(?::(\d+))?/.exec(check.rest) : null;
    const checked = url ? url[1] ?? '80' : undefined;
    const listening = port ?? exposed[0];
    if (checked && checked !== listening) {
      return {
        actual: `HEALTHCHECK calls port ${checked}, the server listens on ${listening}`,
        message: `The health check asks port ${checked}, where nothing listens, so the container is reported unhealthy forever. Call http://127.0.0.1:${listening}/health.`,
      };
    }
    return undefined;
  },
};
