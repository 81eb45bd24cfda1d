import { CommanderError, type Command } from 'commander';
import { describe, expect, it, vi } from 'vitest';
import { DIRECT, directAction } from '../../src/direct-commands.js';
import { buildProgram } from '../../src/program.js';

// cli.ts runs `status`, `progress`, `new <template> [dir]` and `exercise verify [id]` without commander when no flag is
// given: commander must hand the same action exactly those operands and no option at all.

const quiet = { writeOut: () => undefined, writeErr: () => undefined };

/** The command `name` names (`exercise verify`: a subcommand). */
function commandNamed(program: Command, name: string): Command {
  return name.split(' ').reduce((parent, word) => parent.commands.find((c) => c.name() === word)!, program);
}

/** The program with `name`'s action replaced by a spy (output silenced). */
function programSpying(name: string): { program: Command; action: ReturnType<typeof vi.fn> } {
  const program = buildProgram().configureOutput(quiet);
  const command = commandNamed(program, name);
  const action = vi.fn();
  command.configureOutput(quiet).action(action);
  return { program, action };
}

describe('the commands run without commander', () => {
  for (const [name, { declared, min }] of Object.entries(DIRECT)) {
    it(`${name}: commander declares ${declared} argument(s) and passes the direct path's operands with no options`, async () => {
      expect(commandNamed(programSpying(name).program, name).registeredArguments).toHaveLength(declared);
      for (let count = min; count <= declared; count++) {
        const operands = Array.from({ length: count }, (_, i) => `operand-${i}`);
        expect(directAction([...name.split(' '), ...operands]), operands.join(' ')).toBeTypeOf('function');
        const { program, action } = programSpying(name);
        await program.parseAsync(['node', 'backend-roadmap', ...name.split(' '), ...operands]);
        expect(action).toHaveBeenCalledTimes(1);
        const args = action.mock.calls[0]!;
        expect(args.slice(0, declared)).toEqual(Array.from({ length: declared }, (_, i) => operands[i]));
        expect(args[declared]).toStrictEqual({});
      }
      // one operand more: commander refuses it, so the direct path leaves it to commander's message
      const extra = Array.from({ length: declared + 1 }, (_, i) => `operand-${i}`);
      expect(directAction([...name.split(' '), ...extra])).toBeUndefined();
      const { program } = programSpying(name);
      await expect(program.parseAsync(['node', 'backend-roadmap', ...name.split(' '), ...extra])).rejects.toBeInstanceOf(CommanderError);
    });
  }

  it('leaves flags, other commands and missing operands to commander', () => {
    expect(directAction(['status', '--json'])).toBeUndefined();
    expect(directAction(['new', 'blog-api', '--dry-run'])).toBeUndefined();
    expect(directAction(['new', '-y', 'blog-api'])).toBeUndefined();
    expect(directAction(['new'])).toBeUndefined(); // asks: prompts
    expect(directAction(['week'])).toBeUndefined();
    expect(directAction(['progress', 'export'])).toBeUndefined();
    expect(directAction(['toString'])).toBeUndefined();
    expect(directAction(['exercise'])).toBeUndefined();
    expect(directAction(['exercise', 'start', 'describe-type'])).toBeUndefined();
    expect(directAction(['exercise', 'verify', '--timeout', '900'])).toBeUndefined();
    expect(directAction(['verify', 'exercise'])).toBeUndefined();
  });
});
