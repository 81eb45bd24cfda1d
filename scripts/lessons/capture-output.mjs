// Loaded with `node --import` before a lesson's JavaScript block: records what each console.log
// printed and from which lines of the block (the call and every line of the block on the stack
// above it, so `report(items); // → over by 2` holds what report printed), so `// → value`
// comments can be compared.
import { writeFileSync } from 'node:fs';
import { format } from 'node:util';

const target = process.argv[1];
const printed = [];
const log = console.log.bind(console);
Error.stackTraceLimit = 50;
console.log = (...args) => {
  const frames = new Error().stack.split('\n').filter((l) => l.includes(target));
  const lines = frames.map((frame) => Number(/:(\d+):\d+\)?$/.exec(frame)?.[1] ?? 0));
  printed.push({ lines, text: format(...args) });
  log(...args);
};
process.on('exit', () => writeFileSync(process.env.LESSON_OUTPUT_FILE, JSON.stringify(printed)));
