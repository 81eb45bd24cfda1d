// `backend-roadmap [command…] --help` without loading the program: the build renders every
// command's help through the full program (scripts/help-cache.mjs) and bin/ prints the stored text
// when it is valid for this terminal's width. tests/e2e/help-cache.test.ts proves the texts equal
// what the full program prints, for every command, flag spelling and width.
import { readFileSync } from 'node:fs';
import { BIN_NAME, commandPrefix } from './core/invocation.js';

/** One command's help: as printed 80 columns wide (also what a pipe gets), and unwrapped. */
export interface CachedHelp {
  narrow: string;
  wide: string;
  /** The narrowest terminal that prints `wide` unchanged. */
  wideFrom: number;
}

/** Keyed by the command path, `''` for the program itself: `'exercise verify'`. */
export type HelpCache = Record<string, CachedHelp>;

export const helpCacheFile = new URL('./help-cache.json', import.meta.url);

/** Commander wraps help to the terminal's width, and to 80 columns when stdout is not a terminal. */
export function helpWidth(stdout: { isTTY?: boolean; columns?: number }): number {
  return stdout.isTTY ? (stdout.columns ?? 80) : 80;
}

/** The stored help `args` asks for at `width`, or undefined when only the full program knows it. */
export function cachedHelp(cache: HelpCache, args: string[], width: number): string | undefined {
  const flag = args.at(-1);
  if (flag !== '--help' && flag !== '-h') return undefined;
  const path = args.slice(0, -1).join(' ');
  if (!Object.hasOwn(cache, path)) return undefined;
  const help = cache[path]!;
  if (width === 80) return help.narrow;
  return width >= help.wideFrom ? help.wide : undefined;
}

/** Prints the stored help for `args` and returns true, or returns false (nothing printed). */
export function printCachedHelp(args: string[]): boolean {
  // The build stored the examples with the bare bin name; `npm start -- --help` shows `npm start -- …`.
  if (commandPrefix() !== BIN_NAME) return false;
  let cache: HelpCache;
  try {
    cache = JSON.parse(readFileSync(helpCacheFile, 'utf8')) as HelpCache;
  } catch {
    return false; // not built: the full program prints it
  }
  const text = cachedHelp(cache, args, helpWidth(process.stdout));
  if (text === undefined) return false;
  // `backend-roadmap --help | head` closes the pipe early: not an error (as in cli.ts)
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.stdout.write(text);
  return true;
}
