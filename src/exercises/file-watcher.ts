import { watch, type ChokidarOptions, type FSWatcher } from 'chokidar';

export interface FileWatcher {
  close(): Promise<void>;
}

export interface WatchFileOptions {
  /** called once per burst of saves (editors often write a file in several steps) */
  onChange: () => void;
  /** something the learner should know: e.g. that we fell back to polling */
  onNotice: (message: string) => void;
  debounceMs?: number;
  /** CHOKIDAR_USEPOLLING=1 forces this too */
  polling?: boolean;
}

const POLL_INTERVAL_MS = 300;

/**
 * Watches one file. Native watching fails on some file systems (network shares, WSL mounts, full
 * inotify tables): chokidar then reports an error, and we switch to polling and say so, rather
 * than silently never re-checking again.
 */
export function watchFile(
  file: string,
  opts: WatchFileOptions,
  // injectable so tests can make native watching fail
  watchImpl: (path: string, options: ChokidarOptions) => FSWatcher = watch,
): FileWatcher {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher;
  let closed = false;

  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(opts.onChange, opts.debounceMs ?? 150);
  };

  const start = (usePolling: boolean) => {
    watcher = watchImpl(file, { ignoreInitial: true, usePolling, interval: POLL_INTERVAL_MS, binaryInterval: POLL_INTERVAL_MS });
    watcher.on('add', changed).on('change', changed);
    watcher.on('error', (error) => {
      if (closed) return;
      if (usePolling) {
        opts.onNotice(`Watching ${file} failed even by polling (${(error as Error).message}); save and run \`exercise verify\` by hand.`);
        return;
      }
      opts.onNotice(`File watching is not supported here (${(error as Error).message}); checking for changes every ${POLL_INTERVAL_MS} ms instead.`);
      void watcher.close().then(() => {
        if (!closed) start(true);
      });
    });
  };
  start(opts.polling ?? false);

  return {
    close: async () => {
      closed = true;
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
