#!/usr/bin/env node
// Thin shim. Source maps cost start-up time (Node reads every map as modules load), so they are
// on only when someone asked for stack traces with DEBUG=backend-roadmap.
import { setSourceMapsEnabled } from 'node:process';

if (/(^|,)\s*(backend-roadmap|\*)\s*(,|$)/.test(process.env.DEBUG ?? '')) setSourceMapsEnabled(true);
const { main } = await import('../dist/cli.js');
const code = await main();
// Close the progress database (if opened) before leaving so WAL checkpoints cleanly.
const { closeStore } = await import('../dist/store/open.js');
closeStore();
process.exitCode = code;
