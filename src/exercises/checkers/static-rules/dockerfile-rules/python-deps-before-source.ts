import { stageChain, type Dockerfile, type Instruction } from '../dockerfile-parser.js';
import type { RuleModule } from '../rule-module.js';
import { copySources, isCopy, isRun, show } from './util.js';

/** Files that list the dependencies: copied alone, they keep the install layer cached. */
export const PY_MANIFEST = /(^|\/)(requirements[\w.-]*\.txt|pyproject\.toml|uv\.lock|poetry\.lock|Pipfile(\.lock)?|setup\.cfg)$/;
/** A command that installs Python dependencies. */
export const PY_INSTALL = /\b(pip3?|python3?\s+-m\s+pip)\s+install\b|\buv\s+(sync|pip\s+install)\b|\bpoetry\s+install\b|\bpipenv\s+install\b/;

const isSourceCopy = (ins: Instruction) =>
  isCopy(ins) && !ins.flags.has('from') && copySources(ins).some((src) => !PY_MANIFEST.test(src));

/** `python-deps-before-source`: requirements.txt (or pyproject.toml + uv.lock) copied and installed before the code. */
export const pythonDepsBeforeSource: RuleModule<Dockerfile> = {
  id: 'python-deps-before-source',
  track: 'python',
  expected: 'COPY requirements.txt and RUN pip install -r requirements.txt come before the application code is copied',
  lesson: 'week 13 § Layer caching: copy the manifest first',
  check(df) {
    let installs = 0;
    for (const stage of df.stages) {
      let manifest = false;
      let source: Instruction | undefined;
      let installed = false;
      for (const ins of stageChain(df, stage)) {
        if (isCopy(ins) && !ins.flags.has('from') && copySources(ins).some((src) => PY_MANIFEST.test(src))) manifest = true;
        if (isSourceCopy(ins)) source ??= ins;
        if (!isRun(ins) || !PY_INSTALL.test(ins.rest) || installed) continue;
        installed = true;
        installs++;
        if (source) {
          return {
            actual: show(source),
            message: `Line ${source.line} copies the application before the dependencies are installed (line ${ins.line}), so every code change reinstalls everything. Copy requirements.txt alone, run pip install, and copy the code after.`,
          };
        }
        if (!manifest && !/\bpip3?\s+install\s+(--no-cache-dir\s+)?(-U\s+|--upgrade\s+)?(pip|setuptools|wheel|uv)(\s|$)/.test(ins.rest)) {
          return {
            actual: show(ins),
            message: `Line ${ins.line} installs dependencies, but no requirements.txt (or pyproject.toml/uv.lock) was copied into this stage first. Add COPY requirements.txt ./ right before it.`,
          };
        }
      }
    }
    if (installs > 0) return undefined;
    return { actual: 'no pip install', message: 'Install the dependencies in the image: COPY requirements.txt ./ then RUN pip install --no-cache-dir -r requirements.txt.' };
  },
};
