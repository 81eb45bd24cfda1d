import type { ToolCheck } from '../core/doctor.js';
import type { Track } from '../curriculum/schema.js';
import { heading, line } from './output.js';
import { c } from './theme.js';

export function printDoctor(track: Track, checks: ToolCheck[]): void {
  heading(`Environment check (${track === 'node' ? 'Node.js' : 'Python'} track)`);
  for (const group of [true, false]) {
    line(c.bold(group ? 'Required' : 'Optional, for later weeks'));
    for (const check of checks.filter((k) => k.required === group)) {
      const mark = check.ok ? c.green('✔') : group ? c.red('✘') : c.yellow('–');
      line(`  ${mark} ${check.name.padEnd(10)} ${check.version ?? (check.found ? '' : c.dim('not found'))}  ${c.dim(check.purpose)}`);
      if (check.path) line(`      ${c.dim(`checks run ${check.path}`)}`);
      if (check.advice) line(`      ${group ? c.red(check.advice) : c.dim(check.advice)}`);
    }
  }
  const missing = checks.filter((k) => k.required && !k.ok);
  line();
  line(missing.length ? c.red(`${missing.length} required tool(s) missing.`) : c.green('Everything required is installed.'));
}
