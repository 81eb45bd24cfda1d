import { closeSync, openSync, readSync } from 'node:fs';

/**
 * `bytes` random bytes from the OS, as hex. Read from /dev/urandom where there is one: loading
 * node:crypto (or the Web Crypto global) costs several ms of a short command's start-up. Elsewhere
 * (Windows) the Web Crypto global, which draws from the same OS source.
 */
export function randomHex(bytes: number): string {
  const buffer = Buffer.alloc(bytes);
  let fd: number | undefined;
  try {
    fd = openSync('/dev/urandom', 'r');
    for (let read = 0; read < bytes; ) read += readSync(fd, buffer, read, bytes - read, null);
  } catch {
    globalThis.crypto.getRandomValues(buffer);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return buffer.toString('hex');
}
