import type { UserStore } from './store/user-store.js';

/** What a command needs from the outside world; tests and the real CLI pass different ones. */
export interface CliContext {
  store: UserStore;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}
