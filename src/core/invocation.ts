/**
 * How the learner started this tool, so that every command it suggests runs as printed:
 * `npm start -- week 1` from a clone, `npx backend-roadmap week 1` under npx, and the bare
 * `backend-roadmap week 1` once the bin is on PATH.
 */
export const BIN_NAME = 'backend-roadmap';

export function commandPrefix(env: NodeJS.ProcessEnv = process.env): string {
  const event = env.npm_lifecycle_event;
  if (env.npm_command === 'exec' || event === 'npx') {
    // `npx --package <tarball> backend-roadmap` is the only npx form whose spec npm passes on
    const spec = env.npm_config_package;
    return spec && spec !== BIN_NAME ? `npx --package ${spec} ${BIN_NAME}` : `npx ${BIN_NAME}`;
  }
  // One of our own package scripts runs the bin (not `npm test` running the CLI as a child)
  const ownScript = env.npm_package_name === BIN_NAME && /\bbin\/backend-roadmap\b/.test(env.npm_lifecycle_script ?? '');
  if (event && ownScript) return event === 'start' ? 'npm start --' : `npm run ${event} --`;
  return BIN_NAME;
}

/** `cmd('week 1')` → the runnable command line for the way the tool was invoked. */
export function cmd(args = '', env: NodeJS.ProcessEnv = process.env): string {
  const prefix = commandPrefix(env);
  if (!args) return prefix.replace(/ --$/, '');
  return `${prefix} ${args}`;
}
