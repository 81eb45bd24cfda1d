import { finalStage, stageChain, type Dockerfile } from '../dockerfile-parser.js';
import type { RuleModule } from '../rule-module.js';
import { copySources, envValue, fromStage, isRun } from './util.js';

const MAKES_VENV = /\b(python3?\s+-m\s+venv|virtualenv|uv\s+venv|uv\s+sync|pip3?\s+wheel)\b/;

/** `python-venv-stage`: a build stage makes a virtual environment, and the runtime stage copies it and puts it on PATH. */
export const pythonVenvStage: RuleModule<Dockerfile> = {
  id: 'python-venv-stage',
  track: 'python',
  expected: 'a build stage creates a venv (python -m venv /opt/venv); the final stage copies it with COPY --from and puts /opt/venv/bin on PATH',
  lesson: 'week 13 § A production Dockerfile',
  check(df) {
    const final = finalStage(df);
    const fix = 'Stage 1: FROM python:3.13-slim AS build, RUN python -m venv /opt/venv, ENV PATH="/opt/venv/bin:$PATH", pip install -r requirements.txt. Stage 2: FROM python:3.13-slim, COPY --from=build /opt/venv /opt/venv, ENV PATH="/opt/venv/bin:$PATH".';
    if (df.stages.length < 2) {
      return { actual: 'a single FROM', message: `Build the environment in one stage and run in another, so compilers and pip caches stay out of the runtime image. ${fix}` };
    }
    const copies = final.instructions.filter((i) => i.keyword === 'COPY' && fromStage(df, i.flags.get('from'))?.index !== undefined);
    const venvCopy = copies.find((i) => copySources(i).some((src) => /venv|site-packages|wheels?\b/.test(src)));
    if (!venvCopy) {
      return {
        actual: copies.length ? `COPY --from copies ${copies.flatMap(copySources).join(', ')}` : 'no COPY --from=<build stage> in the final stage',
        message: `The final stage should receive the ready virtual environment from the build stage. ${fix}`,
      };
    }
    const source = fromStage(df, venvCopy.flags.get('from'));
    if (source && !stageChain(df, source).some((i) => isRun(i) && MAKES_VENV.test(i.rest))) {
      return { actual: `stage ${source.name ?? source.index} never creates a virtual environment`, message: `Create it there with RUN python -m venv /opt/venv before installing. ${fix}` };
    }
    const src = copySources(venvCopy).find((s) => /venv/.test(s));
    if (src) {
      const dest = (venvCopy.rest.split(/\s+/).at(-1) ?? '').replace(/\/+$/, '');
      const bin = `${dest === '.' || dest === '' ? src : dest}/bin`.replace(/\/\//g, '/');
      const path = envValue(stageChain(df, final), 'PATH') ?? '';
      if (!path.includes(bin) && !path.includes('venv/bin')) {
        return {
          actual: `line ${venvCopy.line}: the venv is copied, but PATH does not include ${bin}`,
          message: `Without it, uvicorn and python resolve to the system interpreter, which has none of your packages. Add ENV PATH="${bin}:$PATH" to the final stage.`,
        };
      }
    }
    return undefined;
  },
};
