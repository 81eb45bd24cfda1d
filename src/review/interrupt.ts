// Ctrl-C (or a SIGTERM to the CLI) must not leave the learner's server or a temp database behind:
// everything a review starts registers its cleanup here until it is done.

const pending = new Set<() => Promise<void>>();

export function whileRunning(cleanup: () => Promise<void>): () => void {
  pending.add(cleanup);
  return () => pending.delete(cleanup);
}

/** Runs every pending cleanup once, newest first. */
export async function cleanUpEverything(): Promise<void> {
  const all = [...pending].reverse();
  pending.clear();
  for (const c of all) await c().catch(() => undefined);
}

/** Installs SIGINT/SIGTERM handlers for the duration of `fn`; a signal cleans up and exits 130. */
export async function withInterruptCleanup<T>(fn: () => Promise<T>): Promise<T> {
  const onSignal = () => {
    void cleanUpEverything().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal).once('SIGHUP', onSignal);
  try {
    return await fn();
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal).off('SIGHUP', onSignal);
  }
}
