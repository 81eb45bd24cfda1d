import { afterEach, describe, expect, it } from 'vitest';
import { TokenBucket } from '../src/ws/token-bucket.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

describe('TokenBucket', () => {
  it('allows a burst up to capacity, then refills over time', () => {
    let now = 0;
    const bucket = new TokenBucket(3, 2, () => now);
    expect([bucket.tryRemove(), bucket.tryRemove(), bucket.tryRemove(), bucket.tryRemove()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(bucket.msUntilNextToken()).toBe(500);

    now = 499;
    expect(bucket.tryRemove()).toBe(false);
    now = 500;
    expect(bucket.tryRemove()).toBe(true);

    now = 60_000; // a long pause never fills beyond capacity
    expect([bucket.tryRemove(), bucket.tryRemove(), bucket.tryRemove(), bucket.tryRemove()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});

describe('per-connection rate limit', () => {
  let server: TestServer;
  afterEach(async () => {
    await server.close();
  });

  it('answers excess messages with RATE_LIMITED errors', async () => {
    server = await startTestServer({
      rateLimit: { burst: 3, perSecond: 1, maxViolations: 10, violationWindowMs: 10_000 },
    });
    const ada = await server.connect('ada');
    for (let i = 0; i < 5; i += 1) ada.send({ type: 'ping' });

    await ada.next('pong');
    await ada.next('pong');
    await ada.next('pong');
    const first = await ada.next('error');
    expect(first).toMatchObject({ code: 'RATE_LIMITED', message: 'Too many messages: slow down' });
    expect(first.retryAfterMs).toBeGreaterThan(0);
    expect(await ada.next('error')).toMatchObject({ code: 'RATE_LIMITED' });
    expect(ada.unread('pong')).toEqual([]);
  });

  it('closes the connection with 1008 on sustained abuse', async () => {
    server = await startTestServer({
      rateLimit: { burst: 2, perSecond: 1, maxViolations: 3, violationWindowMs: 10_000 },
    });
    const ada = await server.connect('ada');
    for (let i = 0; i < 10; i += 1) ada.send({ type: 'ping' });

    const { code, reason } = await ada.closed;
    expect(code).toBe(1008);
    expect(reason).toBe('Rate limit exceeded');
    expect(ada.unread('pong')).toHaveLength(2);
    expect(ada.unread('error')).toHaveLength(3);
  });

  it('limits each connection separately', async () => {
    server = await startTestServer({
      rateLimit: { burst: 2, perSecond: 1, maxViolations: 10, violationWindowMs: 10_000 },
    });
    const ada = await server.connect('ada');
    const bob = await server.connect('bob');
    for (let i = 0; i < 3; i += 1) ada.send({ type: 'ping' });
    await ada.next('error');

    await bob.sync();
    await bob.sync();
  });
});
