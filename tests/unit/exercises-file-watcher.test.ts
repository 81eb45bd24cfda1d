import { EventEmitter } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChokidarOptions, FSWatcher } from 'chokidar';
import { describe, expect, it } from 'vitest';
import { watchFile } from '../../src/exercises/file-watcher.js';
import { tempDir } from '../helpers/temp.js';

/** A stand-in for chokidar that fails when watching natively, like some network file systems do. */
function fakeWatch(calls: ChokidarOptions[]) {
  return (_path: string, options: ChokidarOptions) => {
    calls.push(options);
    const emitter = Object.assign(new EventEmitter(), { close: async () => undefined });
    if (!options.usePolling) setImmediate(() => emitter.emit('error', new Error('ENOSPC: System limit for number of file watchers reached')));
    else setTimeout(() => emitter.emit('change', _path), 20);
    return emitter as unknown as FSWatcher;
  };
}

describe('watchFile', () => {
  it('falls back to polling when native watching fails, says so, and keeps reporting changes', async () => {
    const calls: ChokidarOptions[] = [];
    const notices: string[] = [];
    const changed = new Promise<void>((resolve) => {
      watchFile('/ws/week-01/x.js', { onChange: resolve, onNotice: (m) => notices.push(m), debounceMs: 5 }, fakeWatch(calls));
    });
    await changed;
    expect(calls.map((c) => c.usePolling)).toEqual([false, true]);
    expect(notices).toEqual([expect.stringMatching(/^File watching is not supported here \(ENOSPC.*\); checking for changes every \d+ ms instead\.$/)]);
  });

  it('debounces a burst of saves into one check (real file, polling)', async () => {
    const file = join(tempDir(), 'x.js');
    writeFileSync(file, '1');
    let changes = 0;
    const watcher = watchFile(file, { onChange: () => changes++, onNotice: () => undefined, polling: true, debounceMs: 1000 });
    await new Promise((r) => setTimeout(r, 400)); // let the poller take its first look
    writeFileSync(file, '22');
    await new Promise((r) => setTimeout(r, 350));
    writeFileSync(file, '333');
    await new Promise((r) => setTimeout(r, 2000));
    await watcher.close();
    expect(changes).toBe(1);
  });
});
