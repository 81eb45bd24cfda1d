import { randomHex } from '../../core/random-hex.js';

/**
 * A checker's private report channel (fd 3, see run-child.ts): the checker writes a fresh secret on
 * it first, and the test process prefixes every line it reports with it. Learner code in that
 * process can write on fd 3 too, but without the secret its lines stand out as forgeries.
 */
export const channelSecret = (): string => randomHex(32);

/** Keeps the lines that carry the secret; anything else on the channel means someone forged one. */
export function parseChannel<T extends { kind: string }>(text: string, secret: string): { lines: T[]; forged: boolean } {
  const parts = text.split('\n');
  parts.pop(); // the last piece has no newline yet: empty, or a line cut short by a kill
  const lines: T[] = [];
  let forged = false;
  for (const part of parts) {
    if (!part.startsWith(`${secret} `)) {
      forged = true;
      continue;
    }
    try {
      lines.push(JSON.parse(part.slice(secret.length + 1)) as T);
    } catch {
      forged = true;
    }
  }
  return { lines, forged: forged || lines.some((l) => l.kind === 'tampered') };
}
