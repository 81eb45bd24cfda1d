// Renders every command's `--help` through the full program (the bundle bin/ runs), for
// scripts/build.mjs to write to dist/help-cache.json, which bin/ prints without loading the program (src/help-cache.ts).
// Per command: the text at 80 columns (what a pipe gets too) and the unwrapped text with the
// narrowest terminal width that prints it unchanged; other widths go to the full program.
const bundle = new URL('../dist/bundle/cli.cjs', import.meta.url);
const WIDE = 1000;

/**
 * What the full program writes to stdout for `args` on a terminal `columns` wide (undefined: a
 * pipe), and its exit code. Runs in this process: stdout is captured while it runs.
 */
export async function renderFull(args, columns) {
  const { main } = await import(bundle.href);
  const stdout = process.stdout;
  const saved = { write: stdout.write, isTTY: stdout.isTTY, columns: stdout.columns };
  const listeners = [process.stdout, process.stderr].map((stream) => [stream, stream.listeners('error')]);
  let text = '';
  stdout.write = (chunk) => {
    text += chunk;
    return true;
  };
  stdout.isTTY = columns !== undefined;
  stdout.columns = columns;
  try {
    const code = await main(['node', 'backend-roadmap', ...args]);
    return { text, code };
  } finally {
    Object.assign(stdout, saved);
    // main() watches both streams for a closed pipe: drop the listeners it added
    for (const [stream, before] of listeners) for (const l of stream.listeners('error')) if (!before.includes(l)) stream.off('error', l);
  }
}

/** Every command path of the program, the program itself first (`[]`). */
export async function commandPaths() {
  const { buildProgram } = await import(bundle.href);
  const paths = [];
  const walk = (command, path) => {
    paths.push(path);
    for (const sub of command.commands) walk(sub, [...path, sub.name()]);
  };
  walk(await buildProgram(), []);
  return paths;
}

async function helpText(args, columns) {
  const { text, code } = await renderFull(args, columns);
  if (code !== 0 || !text) throw new Error(`backend-roadmap ${args.join(' ')} printed no help (exit ${code})`);
  // The cache holds one text for terminals and pipes alike: help must stay free of colour codes.
  if (text.includes('\u001b')) throw new Error(`backend-roadmap ${args.join(' ')} prints escape codes: the help cache cannot hold them`);
  return text;
}

export async function buildHelpCache() {
  const cache = {};
  for (const path of await commandPaths()) {
    const args = [...path, '--help'];
    const narrow = await helpText(args);
    const wide = await helpText(args, WIDE);
    let wideFrom = Math.max(...wide.split('\n').map((line) => line.length));
    while (wideFrom < WIDE && (await helpText(args, wideFrom)) !== wide) wideFrom++;
    cache[path.join(' ')] = { narrow, wide, wideFrom };
  }
  return cache;
}
