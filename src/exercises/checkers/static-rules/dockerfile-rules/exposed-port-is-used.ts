import type { Dockerfile } from '../dockerfile-parser.js';
import type { RuleModule } from '../rule-module.js';
import { envValue, finalChain, lastOf } from './util.js';

/**
 * `exposed-port-is-used`: what the image says about its port agrees: EXPOSE names the port the
 * app listens on (`ENV PORT`, when set) and the one its HEALTHCHECK asks. A Node server's port
 * lives in its code, so the Dockerfile's own statements are what can be compared.
 */
export const exposedPortIsUsed: RuleModule<Dockerfile> = {
  id: 'exposed-port-is-used',
  expected: 'EXPOSE names the port the app listens on (ENV PORT) and the HEALTHCHECK calls',
  lesson: 'week 13 § A production Dockerfile',
  check(df) {
    const chain = finalChain(df);
    const exposed = chain.filter((i) => i.keyword === 'EXPOSE').flatMap((i) => i.rest.split(/\s+/)).map((p) => p.replace(/\/(tcp|udp)$/, '')).filter(Boolean);
    const envPort = envValue(chain, 'PORT');
    const check = lastOf(chain, 'HEALTHCHECK');
    const url = check ? /https?:\/\/[^/:\s'"]+(?::(\d+))?/.exec(check.rest) : null;
    const checked = url ? url[1] ?? '80' : undefined;
    if (exposed.length === 0) {
      return { actual: 'no EXPOSE', message: `Document the port the server listens on: EXPOSE ${envPort ?? checked ?? '3000'}.` };
    }
    const listening = envPort && /^\d+$/.test(envPort) ? envPort : undefined;
    if (listening && !exposed.includes(listening)) {
      return {
        actual: `EXPOSE ${exposed.join(' ')}, but ENV PORT=${listening}`,
        message: `The app listens on PORT ${listening}, so EXPOSE ${exposed.join(' ')} documents a port nothing uses and a ports: mapping to it reaches nothing. Write EXPOSE ${listening}.`,
      };
    }
    if (checked && !exposed.includes(checked)) {
      return {
        actual: `EXPOSE ${exposed.join(' ')}, but the HEALTHCHECK calls port ${checked}`,
        message: `The image says it serves on ${exposed.join(' ')} and checks its health on ${checked}: one of them is wrong, so either the port mapping or the health check reaches nothing. Use the port the server listens on in both (EXPOSE 3000 and http://127.0.0.1:3000/health for the course's Node API).`,
      };
    }
    return undefined;
  },
};
