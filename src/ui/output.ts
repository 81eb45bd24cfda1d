import { c } from './theme.js';

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function line(text = ''): void {
  process.stdout.write(`${text}\n`);
}

export function heading(text: string): void {
  line(c.bold(text));
}

export function success(text: string): void {
  line(`${c.green('✔')} ${text}`);
}

export function warn(text: string): void {
  process.stderr.write(`${c.yellow('warning:')} ${text}\n`);
}
