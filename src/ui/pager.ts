import { spawn } from 'node:child_process';

/**
 * Long text on a terminal goes through the user's pager (like git): $PAGER, else `less -R`.
 * Piped output, short text, or a pager that cannot start fall back to plain stdout.
 */
export async function page(text: string, enabled = true): Promise<void> {
  const rows = process.stdout.rows || 24;
  if (!enabled || !process.stdout.isTTY || text.split('\n').length < rows) {
    process.stdout.write(text);
    return;
  }
  const [command, ...args] = (process.env.PAGER || 'less -R').split(/\s+/).filter(Boolean);
  const ok = await new Promise<boolean>((resolve) => {
    const child = spawn(command!, args, { stdio: ['pipe', 'inherit', 'inherit'], env: { LESS: 'FRX', ...process.env } });
    child.on('error', () => resolve(false));
    child.on('close', () => resolve(true));
    child.stdin.on('error', () => {}); // the user may quit the pager before reading everything
    child.stdin.end(text);
  });
  if (!ok) process.stdout.write(text);
}
