// Run by tests/e2e/help-cache.test.ts: for every command, help flag and terminal width, what the
// full program prints (rendered in this process, stdout captured) and what bin/'s help cache
// would print instead. Prints JSON.
import { readFileSync } from 'node:fs';
import { commandPaths, renderFull } from '../../scripts/help-cache.mjs';

const { cachedHelp, helpCacheFile } = await import('../../dist/help-cache.js');
const cache = JSON.parse(readFileSync(helpCacheFile, 'utf8'));
const widths = [undefined, 20, 40, 60, 79, 80, 81, 90, 100, 110, 120, 130, 140, 150, 160, 200, 300];
const paths = await commandPaths();
const cases = [];
for (const path of paths) {
  const wideFrom = cache[path.join(' ')]?.wideFrom;
  for (const flag of ['--help', '-h']) {
    const args = [...path, flag];
    for (const columns of new Set([...widths, ...(wideFrom ? [wideFrom - 1, wideFrom] : [])])) {
      const full = await renderFull(args, columns);
      cases.push({ args, columns: columns ?? null, full: full.text, code: full.code, cached: cachedHelp(cache, args, columns ?? 80) ?? null });
    }
  }
}
process.stdout.write(JSON.stringify({ paths: paths.map((p) => p.join(' ')), cached: Object.keys(cache), cases }));
