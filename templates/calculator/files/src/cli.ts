#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { calculate, CalcError } from './calculate.js';
import { formatNumber, precisionFromEnv } from './format.js';
import { runRepl } from './repl.js';
import { formatError } from './report.js';

const USAGE = `Usage:
  calc <expression>     evaluate one expression, e.g. calc 2 + 3 or calc "2 * (3 + 4) ^ 2"
  calc                  start the interactive REPL (exit or Ctrl-D quits)
  calc --help           show this help
  calc --version        show the version

Operators: + - * x × / ÷ % ^ and parentheses. Names: pi, e (and ans in the REPL).
Quote expressions that use * ( or ) so your shell does not interpret them.
Exit code: 0 on success, 1 on any error.
`;

function readVersion(): string {
  // Works from both src/cli.ts (tsx) and dist/cli.js: package.json is one level up.
  const pkgUrl = new URL('../package.json', import.meta.url);
  const pkg = JSON.parse(readFileSync(pkgUrl, 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

async function main(argv: string[]): Promise<number> {
  const args = argv[0] === '--' ? argv.slice(1) : argv;
  const first = args[0];

  if (first === '-h' || first === '--help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (first === '-v' || first === '--version') {
    process.stdout.write(`${readVersion()}\n`);
    return 0;
  }
  if (first !== undefined && args.length === 1 && /^--[a-z]/i.test(first)) {
    process.stderr.write(`Error: unknown option "${first}"\n\n${USAGE}`);
    return 1;
  }

  const precision = precisionFromEnv();

  if (args.length === 0) {
    return runRepl({
      input: process.stdin,
      output: process.stdout,
      errorOutput: process.stderr,
      interactive: process.stdin.isTTY === true,
      precision,
    });
  }

  // `calc 2 + 3` arrives as ["2", "+", "3"]: join the words back into one expression.
  const expression = args.join(' ');
  try {
    process.stdout.write(`${formatNumber(calculate(expression), precision)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof CalcError)) throw error;
    process.stderr.write(formatError(expression, error));
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(formatError('', error));
    process.exitCode = 1;
  },
);
