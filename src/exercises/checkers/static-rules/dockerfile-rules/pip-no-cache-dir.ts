import { stageChain, type Dockerfile } from '../dockerfile-parser.js';
import type { RuleModule } from '../rule-module.js';
import { envValue, isRun, show } from './util.js';

/** `pip install` (not `uv pip install`, whose flag is --no-cache) */
const PIP_INSTALL = /(?<!\buv\s+)\b(?:pip3?|python3?\s+-m\s+pip)\s+install\b[^&|;]*/g;
const UV_INSTALL = /\buv\s+(?:sync|pip\s+install)\b[^&|;]*/g;

/** `pip-no-cache-dir`: pip (or uv) does not leave its download cache in a layer. */
export const pipNoCacheDir: RuleModule<Dockerfile> = {
  id: 'pip-no-cache-dir',
  track: 'python',
  expected: 'pip install --no-cache-dir (or ENV PIP_NO_CACHE_DIR=1, or a cache mount), so no wheel cache is stored in the image',
  lesson: 'week 13 § A production Dockerfile',
  check(df) {
    for (const stage of df.stages) {
      const chain = stageChain(df, stage);
      for (const [index, ins] of chain.entries()) {
        if (!isRun(ins)) continue;
        const before = chain.slice(0, index);
        // pip and uv read any non-empty value as "no cache"
        const pipEnv = (envValue(before, 'PIP_NO_CACHE_DIR') ?? '') !== '';
        const uvEnv = (envValue(before, 'UV_NO_CACHE') ?? '') !== '';
        // a BuildKit cache mount keeps the cache out of the layer (and speeds up rebuilds)
        const cacheMount = [...ins.flags.entries()].some(([k, v]) => k === 'mount' && /type=cache/.test(v));
        if (cacheMount) continue;
        for (const m of ins.rest.matchAll(PIP_INSTALL)) {
          if (/--no-cache-dir\b/.test(m[0]) || pipEnv) continue;
          return {
            actual: show(ins),
            message: `Line ${ins.line} keeps pip's download cache (tens of MB) in the image layer. Write pip install --no-cache-dir -r requirements.txt, or set ENV PIP_NO_CACHE_DIR=1 earlier in the stage.`,
          };
        }
        for (const m of ins.rest.matchAll(UV_INSTALL)) {
          if (/--no-cache\b/.test(m[0]) || uvEnv) continue;
          return {
            actual: show(ins),
            message: `Line ${ins.line} keeps uv's cache in the image layer. Add --no-cache, set ENV UV_NO_CACHE=1, or mount it: RUN --mount=type=cache,target=/root/.cache/uv uv sync --frozen --no-dev.`,
          };
        }
      }
    }
    return undefined;
  },
};
