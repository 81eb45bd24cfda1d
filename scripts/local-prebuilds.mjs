// On a learner's machine better-sqlite3 downloads a prebuilt binary; here (no GitHub) every generated
// project that uses it would compile it from source, minutes each. The CLI's own `npm ci` has built
// that very version already: offer it as a local prebuild, prebuild-install's documented
// `local-prebuilds` folder, named in a .prebuild-installrc that every project below `root` finds.
// A project that resolves another version finds no file of its name and compiles as before.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ours = fileURLToPath(new URL('../node_modules/better-sqlite3/', import.meta.url));

/** Returns the better-sqlite3 version offered, or undefined when there is no build to offer. */
export function offerLocalPrebuilds(root) {
  const binary = join(ours, 'build', 'Release', 'better_sqlite3.node');
  if (!existsSync(binary)) return undefined;
  const { version } = JSON.parse(readFileSync(join(ours, 'package.json'), 'utf8'));
  const folder = join(root, 'prebuilds');
  mkdirSync(folder, { recursive: true });
  // prebuild-install's file name: {name}-v{version}-{runtime}-v{abi}-{platform}{libc}-{arch}.tar.gz (glibc: no libc part)
  const name = `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
  execFileSync('tar', ['-czf', join(folder, name), '-C', ours, 'build/Release/better_sqlite3.node']);
  writeFileSync(join(root, '.prebuild-installrc'), `local-prebuilds=${folder}\n`);
  return version;
}
