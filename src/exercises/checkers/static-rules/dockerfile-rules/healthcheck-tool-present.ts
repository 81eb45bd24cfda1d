import type { Dockerfile } from '../dockerfile-parser.js';
import type { RuleModule } from '../rule-module.js';
import { finalChain, isRun, lastOf, runtimeBase, show } from './util.js';

const TOOL_CALL = /(?:^|[\s"'[;&|(])(curl|wget)(?=[\s"',]|$)/;
const PY_CHECK = `HEALTHCHECK --interval=30s --timeout=3s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2)"`;
const NODE_CHECK = `HEALTHCHECK --interval=30s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/health').then(r => process.exit(r.ok ? 0 : 1)).catch(() => process.exit(1))"`;

/** `healthcheck-tool-present`: a HEALTHCHECK in the final stage whose command exists in that image. */
export const healthcheckToolPresent: RuleModule<Dockerfile> = {
  id: 'healthcheck-tool-present',
  expected: 'a HEALTHCHECK in the final stage that uses a program the image has (slim images have no curl or wget)',
  lesson: 'week 13 § A production Dockerfile',
  check(df) {
    const base = runtimeBase(df);
    const example = base.image.name === 'node' ? NODE_CHECK : PY_CHECK;
    const chain = finalChain(df);
    const check = lastOf(chain, 'HEALTHCHECK');
    if (!check || /^none$/i.test(check.rest)) {
      return { actual: check ? show(check) : 'no HEALTHCHECK in the final stage', message: `Let Docker know when the API is really up: ${example}` };
    }
    const tool = TOOL_CALL.exec(check.rest)?.[1];
    if (!tool) return undefined;
    const installed = chain.some((i) => isRun(i) && new RegExp(`\\b(apt-get|apt|apk|microdnf|dnf|yum)\\b[^&|;]*\\b(install|add)\\b[^&|;]*\\b${tool}\\b`).test(i.rest));
    // busybox in Alpine provides wget, but not curl
    const busybox = tool === 'wget' && /alpine/.test(base.image.tag ?? '');
    if (installed || busybox) return undefined;
    const variant = /distroless/.test(base.image.name) ? 'distroless' : /slim/.test(base.image.tag ?? '') ? 'slim' : base.image.tag ?? 'this';
    return {
      actual: `${show(check)}, but ${base.from} has no ${tool}`,
      message: `${tool} is not installed in the ${variant} image, so the check always fails and Docker marks a healthy API as unhealthy. Use the runtime the image already has: ${example}`,
    };
  },
};
