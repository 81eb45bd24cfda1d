import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sandbox } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

// WebSocket stages (chat-server) against a small ws fixture: connect with/without a token,
// broadcast to another client, history after a reconnect.

const fixture = fileURLToPath(new URL('../fixtures/review/chat-server.mjs', import.meta.url));
const cmd = (broken?: string) => `node ${JSON.stringify(fixture)}${broken ? ` --broken=${broken}` : ''}`;

describe('review: chat-server stages against a fixture', () => {
  it('passes every stage', async () => {
    const run = await sandbox().run(['review', 'chat-server', '--dir', tempDir(), '--cmd', cmd()]);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/6\/6 stages pass/);
  });

  it.each([
    ['no-auth', 3, 'authenticated-connections', /Sent: +npx wscat -c ws:\/\/127\.0\.0\.1:\d+\/ws\n[\s\S]*Expected: +the server to refuse it/],
    ['no-history', 6, 'history', /Sent: +npx wscat -c 'ws:\/\/127\.0\.0\.1:\d+\/ws\?token=\S+' +then send: \{"type":"join"[\s\S]*"history":\[\]/],
  ])('--broken=%s fails at stage %i (%s) with a wscat line and what arrived', async (broken, number, id, detail) => {
    const run = await sandbox().run(['review', 'chat-server', '--dir', tempDir(), '--cmd', cmd(broken)]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`Stage ${number} (${id}) fails at step`);
    expect(run.stdout).toMatch(detail);
    expect(run.stdout).toMatch(/Reread: +week 15 · /);
  });
});
