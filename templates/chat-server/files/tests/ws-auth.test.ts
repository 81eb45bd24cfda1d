import { SignJWT } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TokenService } from '../src/services/token-service.js';
import { startTestServer, TEST_SECRET, type TestServer } from './helpers/test-server.js';
import { HandshakeError, TestClient } from './helpers/ws-client.js';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

async function handshakeStatus(url: string): Promise<number> {
  try {
    const client = await TestClient.connect(url);
    client.terminate();
    return 101;
  } catch (error) {
    if (error instanceof HandshakeError) return error.status;
    throw error;
  }
}

describe('WebSocket handshake', () => {
  it('accepts a valid token and greets the user', async () => {
    const client = await TestClient.connect(`${server.wsUrl}?token=${await server.token('ada')}`);
    const welcome = await client.next('welcome');
    expect(welcome).toMatchObject({ nickname: 'ada', limits: { maxMessageBytes: 4096, historyOnJoin: 50 } });
    client.terminate();
  });

  it('rejects a missing token with 401 before upgrading', async () => {
    await expect(TestClient.connect(server.wsUrl)).rejects.toMatchObject({
      status: 401,
      body: expect.stringContaining('Missing token'),
    });
    expect(server.chat.hub.connectionCount).toBe(0);
  });

  it('rejects a garbage token with 401', async () => {
    expect(await handshakeStatus(`${server.wsUrl}?token=abc.def.ghi`)).toBe(401);
  });

  it('rejects a token signed with another secret', async () => {
    const other = new TokenService('another-secret-that-is-at-least-32-chars!!', 60);
    const { token } = await other.issue('mallory');
    expect(await handshakeStatus(`${server.wsUrl}?token=${token}`)).toBe(401);
  });

  it('rejects an expired token', async () => {
    const twoHoursAgo = () => new Date(Date.now() - 2 * 60 * 60 * 1000);
    const { token } = await new TokenService(TEST_SECRET, 60, twoHoursAgo).issue('ada');
    expect(await handshakeStatus(`${server.wsUrl}?token=${token}`)).toBe(401);
  });

  it('rejects a token using a different algorithm, even with the right secret', async () => {
    const token = await new SignJWT({ nickname: 'ada' })
      .setProtectedHeader({ alg: 'HS512' })
      .setSubject('x')
      .setIssuer('chat-server')
      .setAudience('chat-client')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(TEST_SECRET));
    expect(await handshakeStatus(`${server.wsUrl}?token=${token}`)).toBe(401);
  });

  it('rejects an unsigned ("alg": "none") token', async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const exp = Math.floor(Date.now() / 1000) + 300;
    const token = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({
      nickname: 'ada',
      sub: 'x',
      iss: 'chat-server',
      aud: 'chat-client',
      exp,
    })}.`;
    expect(await handshakeStatus(`${server.wsUrl}?token=${token}`)).toBe(401);
  });

  it('answers 404 for other upgrade paths', async () => {
    expect(await handshakeStatus(`${server.wsUrl.replace('/ws', '/chat')}?token=${await server.token('ada')}`)).toBe(404);
  });
});
