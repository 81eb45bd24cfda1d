import type { ToolCheck } from '../core/doctor.js';
import type { Track } from '../curriculum/schema.js';
import { heading, line } from './output.js';
import { c } from './theme.js';

const NOT_FOUND = 'not found';

export function printDoctor(track: Track, checks: ToolCheck[]): void {
  heading(`Environment check (${track === 'node' ? 'Node.js' : 'Python'} track)`);
  // Columns are padded on the plain text, then coloured: escape codes have no width.
  const nameWidth = Math.max(...checks.map((k) => k.name.length));
  const versionWidth = Math.max(...checks.map((k) => (k.version ?? (k.found ? '' : NOT_FOUND)).length));
  for (const group of [true, false]) {
    line(c.bold(group ? 'Required' : 'Optional, for later weeks'));
    for (const check of checks.filter((k) => k.required === group)) {
      const mark = check.ok ? c.green('✔') : group ? c.red('✘') : c.yellow('–');
      const version = (check.version ?? (check.found ? '' : NOT_FOUND)).padEnd(versionWidth);
      line(`  ${mark} ${check.name.padEnd(nameWidth)}  ${check.version ? version : c.dim(version)}  ${c.dim(check.purpose)}`);
      if (check.path) line(`      ${c.dim(`checks run ${check.path}`)}`);
      // a working tool can carry advice too (an end-of-life Node.js): a warning, not an error
      if (check.advice) line(`      ${check.ok ? c.yellow(check.advice) : group ? c.red(check.advice) : c.dim(check.advice)}`);
    }
  }
  const missing = checks.filter((k) => k.required && !k.ok);
  line();
  line(missing.length ? c.red(`${missing.length} required tool(s) missing.`) : c.green('Everything required is installed.'));
}
