import type { Dockerfile } from '../dockerfile-parser.js';
import type { RuleModule } from '../rule-module.js';
import { show } from './util.js';

const SECRET_NAME = /SECRET|PASSWORD|TOKEN|API_KEY|PRIVATE_KEY|CREDENTIALS/i;

/** `no-secret-build-args`: no ARG for a secret, even without a default: build args are kept in the image history. */
export const noSecretBuildArgs: RuleModule<Dockerfile> = {
  id: 'no-secret-build-args',
  expected: 'build-time secrets come from a BuildKit secret mount, never from ARG (with or without a default)',
  lesson: 'week 13 § A production Dockerfile',
  check(df) {
    const arg = df.all.find((i) => i.keyword === 'ARG' && SECRET_NAME.test(i.rest.split('=')[0] ?? ''));
    if (!arg) return undefined;
    const name = (arg.rest.split('=')[0] ?? '').trim();
    const id = name.toLowerCase();
    return {
      actual: show(arg),
      message: `Line ${arg.line} takes ${name} as a build argument: the value passed with --build-arg is recorded in docker history and in the image metadata. Delete the ARG and mount the secret for the one step that needs it: RUN --mount=type=secret,id=${id},env=${name} … (docker build --secret id=${id},env=${name} .).`,
    };
  },
};
