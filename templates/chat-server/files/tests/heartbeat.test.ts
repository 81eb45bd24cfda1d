import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/test-server.js';
import { TestClient } from './helpers/ws-client.js';

describe('heartbeat', () => {
  let server: TestServer;
  afterEach(async () => {
    await server.close();
  });

  // @starter-replace: (stage rooms-and-broadcast) un-skip this test when joining a room works
  it('drops a connection that stops answering pings and tells the room', async () => {
  // @starter-else
  // it.skip('TODO (stage rooms-and-broadcast): drops a connection that stops answering pings and tells the room', async () => {
  // @starter-end
    server = await startTestServer({ heartbeatIntervalMs: 100 });
    const ada = await server.connect('ada');
    // autoPong: false makes this client behave like a vanished peer.
    const ghost = await TestClient.connect(`${server.wsUrl}?token=${await server.token('ghost')}`, { autoPong: false });
    await ghost.next('welcome');

    ada.send({ type: 'join', room: 'general' });
    ghost.send({ type: 'join', room: 'general' });
    await Promise.all([ada.next('joined'), ghost.next('joined')]);

    // Terminated without a close frame: the client sees 1006 (abnormal closure).
    expect((await ghost.closed).code).toBe(1006);
    expect(await ada.next('user_left', (e) => e.nickname === 'ghost', 3000)).toMatchObject({ users: ['ada'] });

    // A healthy client (ws answers pings automatically) survives many intervals.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await ada.sync();
    expect(server.chat.hub.connectionCount).toBe(1);
  });
});
