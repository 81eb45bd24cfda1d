import { describe, expect, it } from 'vitest';
import { channelSecret, parseChannel } from '../../src/exercises/checkers/report-channel.js';

describe('the private report channel', () => {
  const secret = channelSecret();
  const line = (o: object, prefix = secret) => `${prefix} ${JSON.stringify(o)}\n`;

  it('makes a fresh 64-character secret for every run', () => {
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(channelSecret()).not.toBe(secret);
  });

  it('keeps the lines that carry the secret, in order, and leaves out a last line cut short by a kill', () => {
    const text = line({ kind: 'start', name: 'a' }) + line({ kind: 'case', name: 'a', passed: true }) + `${secret} {"kind":"ca`;
    expect(parseChannel(text, secret)).toEqual({ lines: [{ kind: 'start', name: 'a' }, { kind: 'case', name: 'a', passed: true }], forged: false });
  });

  it('calls the run forged for a line without the secret, with another secret, or that is not JSON', () => {
    const genuine = line({ kind: 'end' });
    for (const bad of [`${JSON.stringify({ kind: 'end' })}\n`, line({ kind: 'end' }, channelSecret()), `${secret} not json\n`]) {
      expect(parseChannel(genuine + bad, secret)).toEqual({ lines: [{ kind: 'end' }], forged: true });
    }
  });

  it('calls the run forged when the runner reported tampering', () => {
    expect(parseChannel(line({ kind: 'tampered', what: 'x' }), secret).forged).toBe(true);
  });
});
