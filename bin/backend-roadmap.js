#!/usr/bin/env node
// Thin shim, CommonJS (bin/package.json) like the bundle it loads: no ES module at all on the way
// to `--help` or the roadmap (see scripts/bundle.mjs). Source maps cost start-up time (Node reads
// every map as modules load), so they are on only when someone asked for stack traces with
// DEBUG=backend-roadmap.
'use strict';

const debugging = /(^|,)\s*(backend-roadmap|\*)\s*(,|$)/.test(process.env.DEBUG ?? '');
if (debugging) process.setSourceMapsEnabled(true);
// `… --help`: the text the build stored from the full program, when it is valid for this terminal.
const helpAsked = ['--help', '-h'].includes(process.argv.at(-1));
if (!helpAsked || !require('../dist/bundle/help-cache.cjs').printCachedHelp(process.argv.slice(2))) {
  // The bundle's code from V8's code cache after the first run (not while debugging: stack traces
  // then map back to the sources).
  if (!debugging) require('../dist/bundle/compile-cache.cjs').enableCompileCache(require('node:path').join(__dirname, '..', 'dist'));
  // The bundled build (scripts/bundle.mjs): a few files to load instead of dozens.
  const { main, closeStore } = require('../dist/bundle/cli.cjs');
  main().then((code) => {
    // Close the progress database (if opened) before leaving so WAL checkpoints cleanly.
    closeStore();
    process.exitCode = code;
  });
}
