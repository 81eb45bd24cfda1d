// Loaded with `node --import` before a lesson's JavaScript block: records what each console.log
// printed and from which line of the block, so `// → value` comments can be compared.
import { writeFileSync } from 'node:fs';
import { format } from 'node:util';

const target = process.argv[1];
const printed = [];
const log = console.log.bind(console);
console.log = (...args) => {
  const frame = new Error().stack.split('\n').find((l) => l.includes(target));
  const line = Number(/:(\d+):\d+\)?$/.exec(frame ?? '')?.[1] ?? 0);
  printed.push({ line, text: format(...args) });
  log(...args);
};
process.on('exit', () => writeFileSync(process.env.LESSON_OUTPUT_FILE, JSON.stringify(printed)));
