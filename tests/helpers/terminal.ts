import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { binPath, notUnderNpm } from './cli.js';
import { tempDir } from './temp.js';

// Drives the built CLI in a real pseudo-terminal (a detached tmux session with its own
// server socket), so prompts, redraws and Ctrl-C are tested as a learner meets them.

export const hasTmux = (() => {
  try {
    execFileSync('tmux', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

export interface Terminal {
  /** Type text; `keys` are tmux key names such as 'Enter', 'C-c', 'Down', 'Escape'. */
  type: (text: string) => void;
  keys: (...names: string[]) => void;
  /** The visible screen, trailing blank lines removed. */
  screen: () => string;
  /** Poll the screen until `pattern` appears; throws with the last screen after `timeoutMs`. */
  waitFor: (pattern: string | RegExp, timeoutMs?: number) => Promise<string>;
  /** Wait for the CLI to exit and return its exit code. */
  exitCode: (timeoutMs?: number) => Promise<number>;
}

export interface TerminalOptions {
  cols?: number;
  rows?: number;
  env?: Record<string, string>;
  cwd?: string;
}

const shellQuote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

/** Start `backend-roadmap <args>` in an 80×24 (by default) terminal; killed after the test. */
export function openTerminal(args: string[], options: TerminalOptions = {}): Terminal {
  const dir = tempDir('brm-pty-');
  const socket = join(dir, 'tmux.sock');
  const session = `brm-${randomBytes(4).toString('hex')}`;
  const env = { NO_COLOR: '1', DEBUG: '', TERM: 'xterm-256color', ...notUnderNpm, ...options.env };
  const exports = Object.entries(env).map(([k, v]) => `export ${k}=${shellQuote(v)}`).join('; ');
  const command = [process.execPath, binPath, ...args].map(shellQuote).join(' ');
  const script = join(dir, 'run.sh');
  // Ctrl-C reaches the whole foreground group, this shell too: a trap (not an ignore, which the CLI
  // would inherit) keeps the shell alive after the CLI dies of SIGINT. The exit code goes into the
  // pane's title: tmux handles the pty's output in order, so once the title shows it, the screen
  // holds everything the CLI printed. The shell stays so the last screen can still be captured, for
  // two minutes at most: a killed test run leaves no tmux server behind for long.
  writeFileSync(script, `trap : INT\n${exports}\n${command}\nprintf '\\033]2;brm-exit-%s\\033\\\\' "$?"\nexec sleep 120\n`);
  const tmux = (...a: string[]) => execFileSync('tmux', ['-S', socket, ...a], { encoding: 'utf8' });
  tmux(
    'new-session', '-d', '-s', session,
    '-x', String(options.cols ?? 80), '-y', String(options.rows ?? 24),
    '-c', options.cwd ?? dir,
    `bash --noprofile --norc ${shellQuote(script)}`,
  );
  afterEach(() => {
    try {
      tmux('kill-server');
    } catch {
      /* already gone */
    }
  });

  const screen = () => tmux('capture-pane', '-p', '-t', session).replace(/\s+$/, '');
  const poll = async <T>(read: () => T | undefined, timeoutMs: number, what: () => string): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = read();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`${what()}\n--- screen ---\n${screen()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return {
    type: (text) => tmux('send-keys', '-t', session, '-l', text),
    keys: (...names) => tmux('send-keys', '-t', session, ...names),
    screen,
    waitFor: (pattern, timeoutMs = 15_000) =>
      poll(
        () => {
          const s = screen();
          return (typeof pattern === 'string' ? s.includes(pattern) : pattern.test(s)) ? s : undefined;
        },
        timeoutMs,
        () => `timed out waiting for ${String(pattern)}`,
      ),
    exitCode: (timeoutMs = 15_000) =>
      poll(
        () => {
          const title = /^brm-exit-(\d+)$/.exec(tmux('display-message', '-p', '-t', session, '#{pane_title}').trim());
          return title ? Number(title[1]) : undefined;
        },
        timeoutMs,
        () => 'timed out waiting for the CLI to exit',
      ),
  };
}
