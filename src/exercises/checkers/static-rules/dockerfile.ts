import type { CaseResult } from '../../types.js';
import {
  assignments, finalStage, jsonForm, parseDockerfile, rootStage, stageChain,
  type Dockerfile, type Instruction, type Stage,
} from './dockerfile-parser.js';
import { moduleDockerfileRules } from './dockerfile-rules/index.js';
import { at, copySources, finalChain, isCopy, isRun, lastOf, show } from './dockerfile-rules/util.js';
import { fail, pass, type RuleSet } from './shared.js';

/** `Line N` for the start of a sentence */
const At = (ins: { line: number }) => `Line ${ins.line}`;

const MANIFEST = /(^|\/)(package(\*|-lock)?\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml)$/;
const INSTALL = /\b(npm\s+(ci|install|i)|yarn\s+install|pnpm\s+(install|i))\b|\byarn\s*($|&&|;)/;
const NPM_INSTALL = /\bnpm\s+(install|i)\b(?![^&|;]*\s(-g|--global)\b)/;
const OMIT_DEV = /\bnpm\s+(ci|prune)\b[^&|;]*--omit[= ]dev\b/;
const DEPRECATED_PROD = /--only[= ]prod(uction)?\b|\s--production\b/;
const SECRET_NAME = /SECRET|PASSWORD|TOKEN|API_KEY|PRIVATE_KEY/i;

/** A current, supported tag to suggest when pinning a base image. */
const EXAMPLE_TAGS: Record<string, string> = { node: '24-alpine', python: '3.13-slim', postgres: '17-alpine', redis: '8-alpine' };

/** `pinned-base`: every FROM names an explicit tag or digest (no untagged, no `:latest`). */
export function pinnedBase(df: Dockerfile): CaseResult {
  const expected = 'every FROM names a tag or digest, e.g. FROM node:24-alpine';
  const loose = df.stages.filter((s) => s.baseStage === undefined && !isPinned(s));
  const first = loose[0];
  if (!first) return pass('pinned-base', expected);
  const what = first.from.includes('$')
    ? 'takes its tag from a build ARG that has no default'
    : first.image.tag ? 'uses the moving tag :latest' : 'has no tag (Docker then pulls :latest)';
  return fail('pinned-base', expected, loose.map((s) => `line ${s.line}: FROM ${s.from}`).join('; '),
    `The base image at line ${first.line} ${what}: your build changes whenever a new image is published. Pin a version, e.g. FROM ${first.image.name}:${EXAMPLE_TAGS[first.image.name] ?? '<version>'}.`);
}

function isPinned(stage: Stage): boolean {
  const { name, tag, digest } = stage.image;
  if (stage.from.includes('$')) return false;
  return name === 'scratch' || digest !== undefined || (tag !== undefined && tag !== 'latest');
}

/** `small-base`: the final stage's base is alpine, slim or distroless. */
export function smallBase(df: Dockerfile): CaseResult {
  const expected = 'the final stage runs on an alpine, slim or distroless image';
  const root = rootStage(df, finalStage(df));
  const ref = `${root.image.name}:${root.image.tag ?? ''}`;
  if (/alpine|slim|distroless/.test(ref)) return pass('small-base', expected);
  return fail('small-base', expected, `line ${root.line}: FROM ${root.from}`,
    'The runtime image is a full OS image (hundreds of MB, more CVEs). Use a small base for the final stage, e.g. FROM node:24-alpine or node:24-bookworm-slim.');
}

/** `multi-stage`: at least two stages, and the final stage copies from an earlier one. */
export function multiStage(df: Dockerfile): CaseResult {
  const expected = 'two or more stages; the final one uses COPY --from=<earlier stage>';
  const final = finalStage(df);
  if (df.stages.length < 2) {
    return fail('multi-stage', expected, 'a single FROM',
      'Build in one stage and run in another: FROM node:24-alpine AS build … then a second FROM node:24-alpine with COPY --from=build /app/dist ./dist.');
  }
  const fromEarlier = final.instructions.some((i) => i.keyword === 'COPY' && isEarlierStage(df, final, i.flags.get('from')));
  if (fromEarlier) return pass('multi-stage', expected);
  return fail('multi-stage', expected, `${df.stages.length} stages, but the final stage has no COPY --from=<earlier stage>`,
    'The final stage should take the build output from an earlier stage, e.g. COPY --from=build /app/dist ./dist.');
}

function isEarlierStage(df: Dockerfile, final: Stage, ref: string | undefined): boolean {
  if (!ref) return false;
  const key = ref.toLowerCase();
  return df.stages.some((s) => s.index < final.index && (s.name === key || String(s.index) === key));
}

/** `deps-before-source`: manifests copied and deps installed before `COPY . .`. */
export function depsBeforeSource(df: Dockerfile): CaseResult {
  const expected = 'COPY package*.json ./ and RUN npm ci come before COPY . .';
  let sawInstall = false;
  for (const stage of df.stages) {
    let manifest = false;
    let deps = false;
    for (const ins of stageChain(df, stage)) {
      if (isRun(ins) && INSTALL.test(ins.rest)) {
        sawInstall = true;
        if (!manifest) {
          return fail('deps-before-source', expected, show(ins),
            `${At(ins)} installs dependencies before package.json is copied in. Add COPY package*.json ./ right before it.`);
        }
        deps = true;
      } else if (isCopy(ins) && ins.flags.has('from')) {
        if (/node_modules/.test(ins.rest)) deps = true;
      } else if (isCopy(ins)) {
        if (copySources(ins).some((src) => MANIFEST.test(src))) manifest = true;
        if (copiesWholeContext(ins) && !deps) {
          return fail('deps-before-source', expected, show(ins),
            `${At(ins)} copies the whole source before dependencies are installed, so any code change invalidates the npm ci layer. Copy package.json and package-lock.json first, run npm ci, then COPY . .`);
        }
      }
    }
  }
  if (sawInstall) return pass('deps-before-source', expected);
  return fail('deps-before-source', expected, 'no RUN npm ci',
    'Install dependencies in the image: COPY package*.json ./ then RUN npm ci.');
}

function copiesWholeContext(ins: Instruction): boolean {
  return copySources(ins).some((src) => ['.', './', '*', './*'].includes(src));
}

/** `npm-ci`: `npm ci`, never `npm install`; the runtime stage omits dev deps with `--omit=dev`. */
export function npmCi(df: Dockerfile): CaseResult {
  const expected = 'RUN npm ci in the build, and npm ci --omit=dev for the runtime stage';
  const runs = df.all.filter(isRun);
  const install = runs.find((r) => NPM_INSTALL.test(r.rest));
  if (install) {
    return fail('npm-ci', expected, show(install),
      `${At(install)} uses npm install, which may rewrite the lockfile and resolve different versions. Use npm ci: it installs exactly what package-lock.json says.`);
  }
  const deprecated = runs.find((r) => DEPRECATED_PROD.test(r.rest));
  if (deprecated) {
    return fail('npm-ci', expected, show(deprecated),
      `${At(deprecated)} uses the deprecated --only=production / --production flag. Write npm ci --omit=dev instead.`);
  }
  if (!runs.some((r) => /\bnpm\s+ci\b/.test(r.rest))) {
    return fail('npm-ci', expected, 'no RUN npm ci', 'Install dependencies with RUN npm ci (after COPY package*.json ./).');
  }
  if (runtimeOmitsDev(df)) return pass('npm-ci', expected);
  return fail('npm-ci', expected, 'the final stage ships devDependencies',
    'The runtime stage should not contain devDependencies (TypeScript, test tools…). In the final stage run npm ci --omit=dev, or copy node_modules from a stage that ran it.');
}

function runtimeOmitsDev(df: Dockerfile): boolean {
  const final = finalStage(df);
  const omits = (list: Instruction[]) => list.some((i) => isRun(i) && OMIT_DEV.test(i.rest));
  if (omits(stageChain(df, final))) return true;
  return final.instructions.some((i) => {
    if (!isCopy(i) || !/node_modules/.test(i.rest)) return false;
    const src = df.stages.find((s) => s.name === i.flags.get('from')?.toLowerCase() || String(s.index) === i.flags.get('from'));
    return src !== undefined && omits(stageChain(df, src));
  });
}

/** `non-root-user`: the final stage sets USER to a non-root user. */
export function nonRootUser(df: Dockerfile): CaseResult {
  const expected = 'the final stage switches to a non-root user, e.g. USER node';
  const user = lastOf(finalChain(df), 'USER');
  if (!user) {
    return fail('non-root-user', expected, 'no USER in the final stage',
      'Containers run as root unless told otherwise. The official node images ship a `node` user: add USER node before CMD.');
  }
  const name = user.rest.split(':')[0]?.trim() ?? '';
  if (name === 'root' || name === '0') {
    return fail('non-root-user', expected, show(user), `${At(user)} switches to root. Use an unprivileged user instead, e.g. USER node.`);
  }
  return pass('non-root-user', expected);
}

/** `expose-port`: an EXPOSE instruction. */
export function exposePort(df: Dockerfile): CaseResult {
  const expected = 'EXPOSE <port>, e.g. EXPOSE 3000';
  if (df.all.some((i) => i.keyword === 'EXPOSE' && i.rest !== '')) return pass('expose-port', expected);
  return fail('expose-port', expected, 'no EXPOSE', 'Document the port the server listens on with EXPOSE 3000 (the port your app reads from PORT).');
}

/** `cmd-exec-form`: CMD (or ENTRYPOINT) in JSON exec form. */
export function cmdExecForm(df: Dockerfile): CaseResult {
  const expected = 'CMD in exec form, e.g. CMD ["node", "dist/server.js"]';
  const chain = finalChain(df);
  const starts = [lastOf(chain, 'CMD'), lastOf(chain, 'ENTRYPOINT')].filter((i): i is Instruction => i !== undefined);
  if (starts.length === 0) {
    return fail('cmd-exec-form', expected, 'no CMD or ENTRYPOINT in the final stage', 'Say how to start the app: CMD ["node", "dist/server.js"].');
  }
  const shell = starts.find((i) => !jsonForm(i.rest));
  if (!shell) return pass('cmd-exec-form', expected);
  const words = shell.rest.startsWith('[') ? [] : shell.rest.split(/\s+/);
  const viaPackageManager = ['npm', 'yarn', 'pnpm'].includes(words[0] ?? '');
  const fix = words.length > 0 && !viaPackageManager
    ? `${shell.keyword} ${JSON.stringify(words).replaceAll('","', '", "')}`
    : `${shell.keyword} ["node", "dist/server.js"] (your entry file)`;
  const why = shell.rest.startsWith('[')
    ? 'looks like an array but is not valid JSON (use double quotes), so Docker runs it through /bin/sh'
    : 'is in shell form: /bin/sh becomes PID 1 and SIGTERM never reaches node, so shutdowns hang';
  const npmNote = viaPackageManager ? ` Start node directly: ${words[0]} does not pass signals on reliably either.` : '';
  return fail('cmd-exec-form', expected, show(shell), `${At(shell)} ${why}. Write ${fix}.${npmNote}`);
}

/** `no-secrets`: no ENV/ARG assigns a literal to a SECRET/PASSWORD/TOKEN/API_KEY/PRIVATE_KEY name. */
export function noSecrets(df: Dockerfile): CaseResult {
  const expected = 'no secret values written into the Dockerfile';
  for (const ins of df.all.filter((i) => i.keyword === 'ENV' || i.keyword === 'ARG')) {
    const leak = assignments(ins).find(
      (a) => SECRET_NAME.test(a.name) && a.value !== undefined && a.value !== '' && !/^\$\{?\w+\}?$/.test(a.value),
    );
    if (leak) {
      const instead = ins.keyword === 'ARG'
        ? `If the build needs it, mount it for one step only: RUN --mount=type=secret,id=${leak.name.toLowerCase()} … (docker build --secret id=${leak.name.toLowerCase()},env=${leak.name}).`
        : `Pass it when the container starts instead: docker run -e ${leak.name}, or the environment / env_file of a compose service.`;
      return fail('no-secrets', expected, `${at(ins)}: ${ins.keyword} ${leak.name}=…`,
        `${At(ins)} bakes ${leak.name} into the image, where anyone who can pull it (or run docker history) can read it. Delete the value. ${instead}`);
    }
  }
  return pass('no-secrets', expected);
}

/** `healthcheck`: a HEALTHCHECK instruction (not NONE). */
export function healthcheck(df: Dockerfile): CaseResult {
  const expected = 'a HEALTHCHECK in the final stage';
  const check = lastOf(finalChain(df), 'HEALTHCHECK');
  if (check && !/^none$/i.test(check.rest)) return pass('healthcheck', expected);
  const actual = check ? show(check) : df.all.some((i) => i.keyword === 'HEALTHCHECK') ? 'HEALTHCHECK only in an earlier stage' : 'no HEALTHCHECK';
  return fail('healthcheck', expected, actual,
    'Let Docker know when the API is really up, in the final stage, e.g. HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://127.0.0.1:3000/health || exit 1');
}

/** `node-env-production`: the final stage sets NODE_ENV=production. */
export function nodeEnvProduction(df: Dockerfile): CaseResult {
  const expected = 'ENV NODE_ENV=production in the final stage';
  const values = finalChain(df)
    .filter((i) => i.keyword === 'ENV')
    .flatMap((i) => assignments(i))
    .filter((a) => a.name === 'NODE_ENV');
  const value = values.at(-1)?.value;
  if (value === 'production') return pass('node-env-production', expected);
  return fail('node-env-production', expected, value === undefined ? 'NODE_ENV not set' : `NODE_ENV=${value}`,
    'Libraries such as Express switch to faster, quieter behaviour in production. Add ENV NODE_ENV=production to the final stage.');
}

export const dockerfileRules: RuleSet<Dockerfile> = {
  label: 'Dockerfile',
  parse: parseDockerfile,
  rules: {
    'pinned-base': pinnedBase,
    'small-base': smallBase,
    'multi-stage': multiStage,
    'deps-before-source': depsBeforeSource,
    'npm-ci': npmCi,
    'non-root-user': nonRootUser,
    'expose-port': exposePort,
    'cmd-exec-form': cmdExecForm,
    'no-secrets': noSecrets,
    healthcheck,
    'node-env-production': nodeEnvProduction,
    // one rule per module from here on (Python images, healthcheck tools, .env files)
    ...moduleDockerfileRules,
  },
};
