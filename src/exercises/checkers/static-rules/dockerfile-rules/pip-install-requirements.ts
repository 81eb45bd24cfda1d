import type { Dockerfile } from '../dockerfile-parser.js';
import type { RuleModule } from '../rule-module.js';
import { isRun, show } from './util.js';

const PIP_INSTALL = /\b(?:pip3?|python3?\s+-m\s+pip|uv\s+pip)\s+install\b([^&|;]*)/g;
const TOOLING = new Set(['pip', 'setuptools', 'wheel', 'uv']);

/** `pip-install-requirements`: installs come from the pinned requirements (or lock) file, never dev requirements or bare names. */
export const pipInstallRequirements: RuleModule<Dockerfile> = {
  id: 'pip-install-requirements',
  track: 'python',
  expected: 'pip install -r requirements.txt (or uv sync --frozen): the versions come from the committed file',
  lesson: 'week 13 § A production Dockerfile',
  check(df) {
    for (const ins of df.all.filter(isRun)) {
      if (/\buv\s+sync\b/.test(ins.rest) && !/--(frozen|locked)\b/.test(ins.rest)) {
        return { actual: show(ins), message: `Line ${ins.line} runs uv sync without --frozen, so uv may re-resolve and install versions the lockfile does not name. Write uv sync --frozen --no-dev.` };
      }
      if (/\buv\s+sync\b/.test(ins.rest) && !/--no-dev\b/.test(ins.rest)) {
        return { actual: show(ins), message: `Line ${ins.line} installs the dev dependency group (pytest, ruff…) into the image. Add --no-dev: uv sync --frozen --no-dev.` };
      }
      for (const m of ins.rest.matchAll(PIP_INSTALL)) {
        const args = (m[1] ?? '').trim().split(/\s+/).filter(Boolean);
        const files = args.flatMap((a, i) => (a === '-r' || a === '--requirement' ? [args[i + 1] ?? ''] : a.startsWith('-r') && a.length > 2 ? [a.slice(2)] : []));
        const dev = files.find((f) => /dev|test/i.test(f));
        if (dev) {
          return { actual: show(ins), message: `Line ${ins.line} installs ${dev}: test and lint tools do not belong in the image you run. Install requirements.txt only; keep pytest and ruff in requirements-dev.txt for your machine and CI.` };
        }
        const names = args.filter((a, i) => !a.startsWith('-') && !['-r', '--requirement', '-c', '--constraint', '-f', '--find-links', '--index-url', '-i', '--extra-index-url', '--target', '-t', '--prefix', '--root'].includes(args[i - 1] ?? ''));
        const loose = names.filter((n) => !TOOLING.has(n.toLowerCase()) && !/^[./]|\.whl$|\*/.test(n) && !/[=<>~]=?/.test(n));
        if (files.length === 0 && loose.length > 0) {
          return {
            actual: show(ins),
            message: `Line ${ins.line} installs ${loose.join(', ')} by name, with no version: each build may get different releases. List them with versions in requirements.txt (pip freeze, or pip-compile / uv pip compile) and RUN pip install --no-cache-dir -r requirements.txt.`,
          };
        }
      }
    }
    return undefined;
  },
};
