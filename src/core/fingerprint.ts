/**
 * FNV-1a of the bytes, with their length: enough to tell a file from its edited self (a build-time
 * index against the files it was built from), without loading node:crypto on a short command's
 * start-up. Not for anything an adversary chooses to collide.
 */
export function fingerprint(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  // an indexed loop: short commands run this in the interpreter, where for…of is 3× slower
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return `${bytes.length}:${(hash >>> 0).toString(16)}`;
}
