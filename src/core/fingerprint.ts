/**
 * FNV-1a of the bytes, with their length: enough to tell a file from its edited self (a build-time
 * index against the files it was built from), without loading node:crypto on a short command's
 * start-up. Not for anything an adversary chooses to collide.
 */
export function fingerprint(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193);
  return `${bytes.length}:${(hash >>> 0).toString(16)}`;
}
