import chalk, { Chalk, type ChalkInstance } from 'chalk';

/** chalk does not read NO_COLOR itself; https://no-color.org asks any non-empty value to disable colour. */
function colorDisabled(argv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.NO_COLOR) || argv.includes('--no-color');
}

const disabled = colorDisabled(process.argv, process.env);
// Libraries that bring their own chalk honour FORCE_COLOR=0; marked-terminal shares our chalk and
// highlights code blocks only when its level is above 0, and it may have read FORCE_COLOR already.
if (disabled) {
  process.env.FORCE_COLOR = '0';
  chalk.level = 0;
}

export const c: ChalkInstance = disabled ? new Chalk({ level: 0 }) : chalk;

export const sym = {
  ok: c.green('✔'),
  fail: c.red('✘'),
  warn: c.yellow('!'),
  info: c.cyan('›'),
  bullet: c.dim('•'),
};
