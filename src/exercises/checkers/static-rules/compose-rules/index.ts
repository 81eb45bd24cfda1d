import type { ComposeFile } from '../compose.js';
import { ruleTable } from '../rule-module.js';
import { cacheHealthcheck } from './cache-healthcheck.js';
import { databaseUrlMatchesDb } from './database-url-matches-db.js';
import { healthyDepsHaveHealthchecks } from './healthy-deps-have-healthchecks.js';
import { noSourceBindMount } from './no-source-bind-mount.js';
import { pythonApiPort } from './python-api-port.js';
import { pythonDatabaseUrlScheme } from './python-database-url-scheme.js';

/** Compose rules kept one per module (Python API services, and checks any stack can use). */
export const composeRuleModules = [
  pythonApiPort,
  pythonDatabaseUrlScheme,
  databaseUrlMatchesDb,
  cacheHealthcheck,
  healthyDepsHaveHealthchecks,
  noSourceBindMount,
];

export const moduleComposeRules = ruleTable<ComposeFile>(composeRuleModules);
