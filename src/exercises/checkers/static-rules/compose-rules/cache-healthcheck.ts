import type { ComposeFile } from '../compose.js';
import type { RuleModule } from '../rule-module.js';
import { dependsOn, healthTest } from './util.js';

/** `cache-healthcheck`: cache has a `redis-cli ping` healthcheck and the api waits for it to be healthy. */
export const cacheHealthcheck: RuleModule<ComposeFile> = {
  id: 'cache-healthcheck',
  expected: 'cache has a redis-cli ping healthcheck; api depends_on cache with condition: service_healthy',
  lesson: 'week 14 § depends_on with health conditions',
  check(file) {
    const cache = file.services.get('cache');
    if (!cache) return { actual: 'no service named cache', message: 'Add a service called `cache:` running redis.' };
    const test = healthTest(cache);
    const fix = 'Under cache add:\nhealthcheck:\n  test: ["CMD", "redis-cli", "ping"]\n  interval: 5s\n  timeout: 3s\n  retries: 10';
    if (!test) return { actual: 'no healthcheck on cache', message: `Redis needs a moment to load its data before it answers. ${fix}` };
    if (!/\bredis-cli\b.*\bping\b/.test(test)) {
      return { actual: `cache healthcheck: ${test}`, message: `The check should ask Redis itself whether it answers: ["CMD", "redis-cli", "ping"] (PONG means ready).` };
    }
    const condition = dependsOn(file.services.get('api')).get('cache');
    if (condition !== 'service_healthy') {
      return {
        actual: condition === undefined ? 'api does not depend on cache' : `api depends_on cache (${condition || 'no condition'})`,
        message: 'A healthcheck nobody waits for changes nothing. Under api write depends_on:\n  cache:\n    condition: service_healthy',
      };
    }
    return undefined;
  },
};
