// The commands cli.ts runs without commander (whose loading is a good part of a short command's
// start-up): a command named with operands only, no flag at all. Commander's declarations run the
// same actions from this table, and tests/unit/direct-commands.test.ts proves that commander parses
// every argument list taken here the same way: the same action, the same operands, no options.
import type { NewOptions } from './commands/new-action.js';
import type { ProgressOptions } from './commands/progress-action.js';
import type { StatusOptions } from './commands/status-action.js';

/** Each command's action as commander calls it: its declared arguments, then the options. */
export const ACTIONS = {
  status: async (opts: StatusOptions) => (await import('./commands/status-action.js')).runStatus(opts),
  progress: async (opts: ProgressOptions) => (await import('./commands/progress-action.js')).runProgress(opts),
  new: async (template: string | undefined, dir: string | undefined, opts: NewOptions) => (await import('./commands/new-action.js')).runNew(template, dir, opts),
  'exercise verify': async (id: string | undefined, opts: { timeout?: string }) => (await import('./commands/exercise-action.js')).runVerify(id, opts),
};

/**
 * Per command (its words, a subcommand after its parent): how many arguments it declares (commander
 * refuses more) and how few operands the direct path takes. `new` without a template asks for
 * everything: that stays commander's.
 */
export const DIRECT: Record<keyof typeof ACTIONS, { declared: number; min: number }> = {
  status: { declared: 0, min: 0 },
  progress: { declared: 0, min: 0 },
  new: { declared: 2, min: 1 },
  'exercise verify': { declared: 1, min: 0 },
};

/** The action `args` (argv after the bin) asks for without any flag, ready to run; undefined: commander's job. */
export function directAction(args: string[]): (() => Promise<void>) | undefined {
  if (args.some((a) => a.startsWith('-'))) return undefined;
  const command = (Object.keys(DIRECT) as (keyof typeof ACTIONS)[]).find((name) => {
    const words = name.split(' ');
    return words.every((word, i) => args[i] === word);
  });
  if (command === undefined) return undefined;
  const operands = args.slice(command.split(' ').length);
  const { declared, min } = DIRECT[command];
  if (operands.length < min || operands.length > declared) return undefined;
  const action = ACTIONS[command] as (...args: unknown[]) => Promise<void>;
  // commander passes every declared argument (undefined when absent), then the options
  return () => action(...Array.from({ length: declared }, (_, i) => operands[i]), {});
}
