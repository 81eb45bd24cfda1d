import type { Warm, WarmStore } from './types.js';

/** A WarmStore for one `exercise watch` session. */
export function createWarmStore(): WarmStore {
  const kept = new Map<string, Warm>();
  return {
    get<T extends Warm>(key: string, create: () => T): T {
      if (!kept.has(key)) kept.set(key, create());
      return kept.get(key) as T;
    },
    async close() {
      const all = [...kept.values()];
      kept.clear();
      await Promise.all(all.map((w) => w.close()));
    },
  };
}
