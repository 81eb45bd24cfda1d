import type { Dockerfile } from '../dockerfile-parser.js';
import type { RuleModule } from '../rule-module.js';

/** scheme://user:password@host with a password that is not a $VARIABLE */
const URL_WITH_PASSWORD = /[a-z][a-z0-9+.-]*:\/\/[^\s:@/'"]+:([^\s@/'"]+)@/i;

/** `no-credentials-in-urls`: no user:password@ URL written into an instruction (it lands in a layer and in docker history). */
export const noCredentialsInUrls: RuleModule<Dockerfile> = {
  id: 'no-credentials-in-urls',
  expected: 'no URL with a literal user:password@ in any instruction',
  lesson: 'week 13 § A production Dockerfile',
  check(df) {
    for (const ins of df.all) {
      const password = URL_WITH_PASSWORD.exec(ins.args)?.[1];
      if (password === undefined || /^\$\{?\w+\}?$/.test(password)) continue;
      return {
        actual: `line ${ins.line}: ${ins.keyword} … ://…:****@…`,
        message: `Line ${ins.line} writes a password into the image's build history. For a private package index, keep the URL in a pip.conf outside the repository and mount it for the install only: RUN --mount=type=secret,id=pipconf,target=/etc/pip.conf pip install --no-cache-dir -r requirements.txt.`,
      };
    }
    return undefined;
  },
};
