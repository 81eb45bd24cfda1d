import { stageChain, type Dockerfile } from '../dockerfile-parser.js';
import type { RuleModule } from '../rule-module.js';
import { envValue, isRun, show } from './util.js';

const PIP_INSTALL = /\b(?:pip3?|python3?\s+-m\s+pip)\s+install\b[^&|;]*/g;

/** `pip-no-cache-dir`: pip does not leave its download cache in a layer. */
export const pipNoCacheDir: RuleModule<Dockerfile> = {
  id: 'pip-no-cache-dir',
  expected: 'pip install --no-cache-dir (or ENV PIP_NO_CACHE_DIR=1), so no wheel cache is stored in the image',
  lesson: 'week 13 § A production Dockerfile',
  check(df) {
    for (const stage of df.stages) {
      const chain = stageChain(df, stage);
      for (const [index, ins] of chain.entries()) {
        if (!isRun(ins)) continue;
        // pip reads any non-empty PIP_NO_CACHE_DIR as "no cache"
        const envOff = (envValue(chain.slice(0, index), 'PIP_NO_CACHE_DIR') ?? '') !== '';
        const cacheMount = [...ins.flags.entries()].some(([k, v]) => k === 'mount' && /type=cache/.test(v));
        for (const m of ins.rest.matchAll(PIP_INSTALL)) {
          if (/--no-cache-dir\b/.test(m[0]) || envOff || cacheMount) continue;
          return {
            actual: show(ins),
            message: `Line ${ins.line} keeps pip's download cache (tens of MB) in the image layer. Write pip install --no-cache-dir -r requirements.txt, or set ENV PIP_NO_CACHE_DIR=1 earlier in the stage.`,
          };
        }
      }
    }
    return undefined;
  },
};
