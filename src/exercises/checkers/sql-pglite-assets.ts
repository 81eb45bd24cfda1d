import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import type { PGliteOptions } from '@electric-sql/pglite';

type WasmModule = NonNullable<PGliteOptions['pgliteWasmModule']>;
// the lib this project compiles against has no WebAssembly types; Node has the API
declare const WebAssembly: { compile(bytes: Uint8Array): Promise<WasmModule> };

/**
 * What opening a database from the snapshot reads: PostgreSQL compiled to WebAssembly, PGlite's
 * share/ folder and the snapshot archive. Plain data: one thread can read it while another starts,
 * and hand it over (the database then owns the two buffers).
 */
export interface SnapshotFiles {
  wasm: WasmModule;
  fsBundle: Uint8Array;
  archive: Uint8Array;
}

// (resolved with require: the CLI's bundle is CommonJS, which has no import.meta.resolve; these
// asset paths are the same for both conditions of PGlite's exports)
const asset = (name: string) => createRequire(import.meta.url).resolve(`@electric-sql/pglite/${name}`);

/** The installed PGlite's version (its package.json is not among its exports: read beside its assets). */
export function pgliteVersion(): string {
  return (JSON.parse(readFileSync(join(dirname(asset('pglite.wasm')), '..', 'package.json'), 'utf8')) as { version: string }).version;
}

// Compiled once per thread: `exercise watch` opens a database per check.
let compiled: Promise<WasmModule> | undefined;

function compilePostgres(): Promise<WasmModule> {
  // V8 compiles WebAssembly with its baseline compiler, then again with the optimising one in the
  // background: a check is over long before that pays off, and on two cores the second
  // compilation of this 9 MB module doubled a verify's CPU time. The flag is read at compile time.
  setFlagsFromString('--liftoff-only');
  return (compiled ??= readFile(asset('pglite.wasm')).then((bytes) => WebAssembly.compile(bytes)));
}

/** A module compiled by another thread, for this one's next databases. */
export function adoptCompiled(wasm: WasmModule): void {
  compiled ??= Promise.resolve(wasm);
}

/** Reads (and compiles) on libuv's and V8's threads: the calling one stays free meanwhile. */
export async function readSnapshotFiles(snapshot: string): Promise<SnapshotFiles> {
  const [wasm, fsBundle, archive] = await Promise.all([compilePostgres(), readFile(asset('pglite.data')), readFile(snapshot)]);
  return { wasm, fsBundle, archive };
}
