/** A tiny console logger; swap in pino or similar when you need structured logs. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, err?: unknown): void;
}

/** Info and warnings are muted under NODE_ENV=test; errors are always printed. */
export function createLogger(env: string): Logger {
  const quiet = env === 'test';
  const stamp = () => new Date().toISOString();
  return {
    info: (m) => {
      if (!quiet) console.log(`${stamp()} INFO  ${m}`);
    },
    warn: (m) => {
      if (!quiet) console.warn(`${stamp()} WARN  ${m}`);
    },
    error: (m, err) => console.error(`${stamp()} ERROR ${m}`, err ?? ''),
  };
}
