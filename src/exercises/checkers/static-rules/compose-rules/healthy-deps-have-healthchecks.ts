import type { ComposeFile } from '../compose.js';
import type { RuleModule } from '../rule-module.js';
import { dependsOn, healthTest, where } from './util.js';

/** A test that always succeeds, whatever the service is doing. */
const NO_OP = /^\s*(true|exit\s+0|:|echo\b.*|\/bin\/true|sleep\s+\d+)\s*$/;

/** `healthy-deps-have-healthchecks`: every `condition: service_healthy` names a service with a real healthcheck. */
export const healthyDepsHaveHealthchecks: RuleModule<ComposeFile> = {
  id: 'healthy-deps-have-healthchecks',
  expected: 'each service waited on with service_healthy has a healthcheck that really probes it (not `true`)',
  lesson: 'week 14 § depends_on with health conditions',
  check(file) {
    for (const [name, svc] of file.services) {
      const test = healthTest(svc);
      if (test !== undefined && NO_OP.test(test)) {
        return {
          actual: `${where(file, ['services', name, 'healthcheck', 'test'])}${name} healthcheck: ${test}`,
          message: `This check passes even while ${name} is still starting or broken, so service_healthy waits for nothing. Probe the service: pg_isready -U <user> -d <db> for PostgreSQL, redis-cli ping for Redis.`,
        };
      }
    }
    for (const [name, svc] of file.services) {
      for (const [dep, condition] of dependsOn(svc)) {
        if (condition !== 'service_healthy') continue;
        if (!file.services.has(dep)) {
          return { actual: `${name} depends_on ${dep}, which is not a service`, message: `Check the spelling: services are ${[...file.services.keys()].join(', ')}.` };
        }
        if (healthTest(file.services.get(dep)) === undefined) {
          return {
            actual: `${name} waits for ${dep} to be healthy, but ${dep} has no healthcheck`,
            message: `docker compose up stops with "dependency failed to start: container ${dep} has no healthcheck configured". Give ${dep} a healthcheck (pg_isready or redis-cli ping), or wait with condition: service_started.`,
          };
        }
      }
    }
    return undefined;
  },
};
