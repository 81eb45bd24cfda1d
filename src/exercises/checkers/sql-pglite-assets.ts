import { readFile } from 'node:fs/promises';
import type { PGliteOptions } from '@electric-sql/pglite';

type WasmModule = NonNullable<PGliteOptions['pgliteWasmModule']>;
// the lib this project compiles against has no WebAssembly types; Node has the API
declare const WebAssembly: { compile(bytes: Uint8Array): Promise<WasmModule> };

/** PGlite's own big files: PostgreSQL compiled to WebAssembly, and its share/ folder. */
export interface PgliteAssets {
  wasm: Promise<WasmModule>;
  fsBundle: Promise<Blob>;
}

const asset = (name: string) => new URL(import.meta.resolve(`@electric-sql/pglite/${name}`));

/** A Blob over bytes already read: Node's own would copy them twice, in and out again. */
class BytesBlob extends Blob {
  readonly #data: Uint8Array;

  constructor(data: Uint8Array) {
    super([]);
    this.#data = data;
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    const { buffer, byteOffset, byteLength } = this.#data;
    const whole = byteOffset === 0 && byteLength === buffer.byteLength && buffer instanceof ArrayBuffer;
    return Promise.resolve(whole ? buffer : new Uint8Array(this.#data).buffer);
  }
}

// Compiled once per thread: `exercise watch` opens a database per check.
let compiled: Promise<WasmModule> | undefined;

/**
 * Starts reading PGlite's files and compiling PostgreSQL (on V8's background threads), so that
 * both overlap whatever comes next: loading PGlite's JavaScript, reading the snapshot.
 */
export function pgliteAssets(): PgliteAssets {
  compiled ??= readFile(asset('pglite.wasm')).then((bytes) => WebAssembly.compile(bytes));
  const fsBundle = readFile(asset('pglite.data')).then((bytes) => new BytesBlob(bytes));
  for (const p of [compiled, fsBundle]) p.catch(() => undefined); // reported where awaited
  return { wasm: compiled, fsBundle };
}
