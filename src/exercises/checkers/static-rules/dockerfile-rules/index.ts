import type { Dockerfile } from '../dockerfile-parser.js';
import { ruleTable } from '../rule-module.js';
import { healthcheckToolPresent } from './healthcheck-tool-present.js';
import { noCredentialsInUrls } from './no-credentials-in-urls.js';
import { noEnvFileCopied } from './no-env-file-copied.js';
import { noSecretBuildArgs } from './no-secret-build-args.js';
import { pipInstallRequirements } from './pip-install-requirements.js';
import { pipNoCacheDir } from './pip-no-cache-dir.js';
import { pythonDepsBeforeSource } from './python-deps-before-source.js';
import { pythonEnvVars } from './python-env-vars.js';
import { pythonNonRootUser } from './python-non-root-user.js';
import { pythonPortConsistent } from './python-port-consistent.js';
import { pythonServerCmd } from './python-server-cmd.js';
import { pythonSlimBase } from './python-slim-base.js';
import { pythonVenvStage } from './python-venv-stage.js';

/** Dockerfile rules kept one per module (Python images, and checks any image can use). */
export const dockerfileRuleModules = [
  pythonSlimBase,
  pythonDepsBeforeSource,
  pipInstallRequirements,
  pipNoCacheDir,
  pythonVenvStage,
  pythonEnvVars,
  pythonNonRootUser,
  pythonServerCmd,
  pythonPortConsistent,
  healthcheckToolPresent,
  noEnvFileCopied,
  noSecretBuildArgs,
  noCredentialsInUrls,
];

export const moduleDockerfileRules = ruleTable<Dockerfile>(dockerfileRuleModules);
