// Apart from process-group.ts, which loads node:child_process (~4 ms): `new` asks this on every
// run (is the owner of a staging folder still running?) and starts no process.

/** True while the process exists; EPERM means it does, only owned by someone else. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
