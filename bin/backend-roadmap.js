#!/usr/bin/env node
// Thin shim: stack traces (DEBUG=backend-roadmap) point at TypeScript sources.
import { setSourceMapsEnabled } from 'node:process';

setSourceMapsEnabled(true);
const { main } = await import('../dist/cli.js');
const code = await main();
// Close the progress database (if opened) before leaving so WAL checkpoints cleanly.
const { closeStore } = await import('../dist/store/open.js');
closeStore();
process.exitCode = code;
