// Kept apart from the process-spawning post-steps: `new` validates --pm without loading execa.

export type PackageManager = 'npm' | 'pnpm' | 'yarn';
export const PACKAGE_MANAGERS: PackageManager[] = ['npm', 'pnpm', 'yarn'];

/** The package manager that launched us (`npx`, `pnpm dlx`, `yarn dlx`), npm otherwise. */
export function detectPackageManager(userAgent = process.env.npm_config_user_agent ?? ''): PackageManager {
  const name = userAgent.split('/')[0];
  return name === 'pnpm' || name === 'yarn' ? name : 'npm';
}
