import type { Dockerfile } from '../dockerfile-parser.js';
import type { RuleModule } from '../rule-module.js';
import { copySources, isCopy, show } from './util.js';

const ENV_FILE = /(^|\/)\.env(\.(?!example$|sample$|template$)[\w.-]+)?$/;

/** `no-env-file-copied`: no COPY/ADD of a .env file (real secrets) into the image. */
export const noEnvFileCopied: RuleModule<Dockerfile> = {
  id: 'no-env-file-copied',
  expected: 'no .env file copied into the image (secrets come from the environment at run time)',
  lesson: 'week 13 § The .dockerignore file',
  check(df) {
    const copy = df.all.find((i) => isCopy(i) && !i.flags.has('from') && copySources(i).some((src) => ENV_FILE.test(src)));
    if (!copy) return undefined;
    return {
      actual: show(copy),
      message: `Line ${copy.line} bakes a .env file into a layer: anyone who can pull the image can read the secrets in it, even if a later step deletes it. Remove the COPY, list .env in .dockerignore, and pass the values at run time (docker run --env-file .env, or env_file: in compose).`,
    };
  },
};
