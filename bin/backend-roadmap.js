#!/usr/bin/env node
// Thin shim. Source maps cost start-up time (Node reads every map as modules load), so they are
// on only when someone asked for stack traces with DEBUG=backend-roadmap.
import { setSourceMapsEnabled } from 'node:process';

if (/(^|,)\s*(backend-roadmap|\*)\s*(,|$)/.test(process.env.DEBUG ?? '')) setSourceMapsEnabled(true);
// `… --help`: the text the build stored from the full program, when it is valid for this terminal.
const helpAsked = ['--help', '-h'].includes(process.argv.at(-1));
if (!helpAsked || !(await import('../dist/help-cache.js')).printCachedHelp(process.argv.slice(2))) {
  // The bundled build (scripts/bundle.mjs): a few files to load instead of dozens.
  const { main, closeStore } = await import('../dist/bundle/cli.js');
  const code = await main();
  // Close the progress database (if opened) before leaving so WAL checkpoints cleanly.
  closeStore();
  process.exitCode = code;
}
