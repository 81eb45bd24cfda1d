import { describe, expect, it } from 'vitest';
import { cmd, commandPrefix } from '../../src/core/invocation.js';
import { expandHome, parseHours, tildify } from '../../src/core/profile-fields.js';
import { homedir } from 'node:os';

const npmStart = { npm_command: 'start', npm_lifecycle_event: 'start', npm_package_name: 'backend-roadmap', npm_lifecycle_script: 'node bin/backend-roadmap.js' };

describe('the command prefix of suggested commands', () => {
  it('is the bin name when installed', () => {
    expect(cmd('week 1', {})).toBe('backend-roadmap week 1');
    expect(cmd('', {})).toBe('backend-roadmap');
  });

  it('is npm start -- under npm start from a clone, npm run <script> -- under another own script', () => {
    expect(cmd('week 1', npmStart)).toBe('npm start -- week 1');
    expect(cmd('', npmStart)).toBe('npm start');
    expect(commandPrefix({ ...npmStart, npm_command: 'run-script', npm_lifecycle_event: 'roadmap' })).toBe('npm run roadmap --');
  });

  it('is the bin name when npm runs a script that only spawns the CLI (npm test) or another package', () => {
    expect(commandPrefix({ ...npmStart, npm_lifecycle_event: 'test', npm_lifecycle_script: 'npm run build && vitest run' })).toBe('backend-roadmap');
    expect(commandPrefix({ ...npmStart, npm_package_name: 'my-blog', npm_lifecycle_script: 'backend-roadmap review' })).toBe('backend-roadmap');
  });

  it('is npx backend-roadmap under npx, keeping an explicit --package spec', () => {
    expect(cmd('week 1', { npm_command: 'exec', npm_lifecycle_event: 'npx' })).toBe('npx backend-roadmap week 1');
    expect(commandPrefix({ npm_command: 'exec', npm_config_package: '/tmp/backend-roadmap-0.1.0.tgz' })).toBe(
      'npx --package /tmp/backend-roadmap-0.1.0.tgz backend-roadmap',
    );
  });
});

describe('profile values', () => {
  it('reads hours with a decimal point or comma', () => {
    expect(parseHours('1,5')).toBe(1.5);
    expect(parseHours(' 2.25 ')).toBe(2.25);
    for (const notDecimal of ['0x10', '1e1', 'Infinity', '', '1,5,0', '-1']) expect(parseHours(notDecimal), notDecimal).toBeNaN();
  });

  it('expands ~ and shows the home folder as ~', () => {
    expect(expandHome('~/backend-roadmap')).toBe(`${homedir()}/backend-roadmap`);
    expect(expandHome('~')).toBe(homedir());
    expect(tildify(`${homedir()}/backend-roadmap`)).toBe('~/backend-roadmap');
    expect(tildify('/srv/x')).toBe('/srv/x');
  });
});
