import { c } from './theme.js';

/** A fixed-width bar such as `██████░░░░ 60%`; `ratio` is clamped to 0..1. */
export function progressBar(ratio: number, width = 20): string {
  const r = Math.min(1, Math.max(0, Number.isFinite(ratio) ? ratio : 0));
  const filled = Math.round(r * width);
  return `${c.green('█'.repeat(filled))}${c.dim('░'.repeat(width - filled))} ${String(Math.round(r * 100)).padStart(3)}%`;
}
