import type { ComposeFile } from '../compose.js';
import type { RuleModule } from '../rule-module.js';
import { isObj, where } from './util.js';

/** A host path in a short-syntax volume: `.`, `./app`, `/home/…`, `~/…`, `${PWD}`. */
const HOST_PATH = /^(\.{1,2}(\/|$)|\/|~|\$)/;

/** `no-source-bind-mount`: the api runs the code baked into its image, not a bind mount of the project folder. */
export const noSourceBindMount: RuleModule<ComposeFile> = {
  id: 'no-source-bind-mount',
  expected: 'no bind mount of the project folder into the api (no .:/app)',
  lesson: 'week 14 § The bind-mount trap',
  check(file) {
    const api = file.services.get('api');
    const volumes = Array.isArray(api?.volumes) ? api.volumes : [];
    for (const [index, entry] of volumes.entries()) {
      const bind = isObj(entry)
        ? entry.type === 'bind' ? `${String(entry.source)}:${String(entry.target)}` : undefined
        : HOST_PATH.test(String(entry).split(':')[0] ?? '') ? String(entry) : undefined;
      if (!bind) continue;
      return {
        actual: `${where(file, ['services', 'api', 'volumes', index])}${bind}`,
        message: 'A bind mount replaces what the image built: /app becomes your laptop folder, with your .venv or node_modules built for another OS, and the container runs code that is not in the image you ship. Delete it here; for live reload, put the mount and --reload in a compose.override.yaml that only your machine uses.',
      };
    }
    return undefined;
  },
};
