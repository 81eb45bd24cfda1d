import { runMigrations } from '../../src/db/migrate.js';
import { openDatabase, type Db } from '../../src/db/sqlite.js';
import { createChatServer, type ChatServer, type ChatServerConfig } from '../../src/chat-server.js';
import { silentLogger } from '../../src/lib/logger.js';
import { TestClient } from './ws-client.js';

export const TEST_SECRET = 'test-secret-that-is-at-least-32-characters-long';

export const testConfig: ChatServerConfig = {
  jwtSecret: TEST_SECRET,
  tokenTtlSeconds: 60,
  historyLimit: 50,
  maxMessageBytes: 4096,
  maxRoomsPerConnection: 5,
  // Generous by default so ordinary tests never hit it; rate-limit tests override it.
  rateLimit: { burst: 1000, perSecond: 1000, maxViolations: 100, violationWindowMs: 10_000 },
  heartbeatIntervalMs: 60_000,
};

export interface TestServer {
  chat: ChatServer;
  db: Db;
  baseUrl: string;
  wsUrl: string;
  /** A valid token for `nickname`. */
  token(nickname: string): Promise<string>;
  /** Connects with a fresh token and waits for the welcome event. */
  connect(nickname: string): Promise<TestClient>;
  close(): Promise<void>;
}

/** A real server on 127.0.0.1, random free port, in-memory SQLite, silent logs. */
export async function startTestServer(overrides: Partial<ChatServerConfig> = {}): Promise<TestServer> {
  const db = openDatabase(':memory:');
  runMigrations(db);
  const chat = createChatServer({ ...testConfig, ...overrides }, db, silentLogger);
  const { port } = await chat.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${port}`;
  const wsUrl = `ws://127.0.0.1:${port}/ws`;
  const clients: TestClient[] = [];

  const token = async (nickname: string) => (await chat.tokens.issue(nickname)).token;

  return {
    chat,
    db,
    baseUrl,
    wsUrl,
    token,
    async connect(nickname) {
      const client = await TestClient.connect(`${wsUrl}?token=${await token(nickname)}`);
      clients.push(client);
      await client.next('welcome');
      return client;
    },
    async close() {
      for (const client of clients) client.terminate();
      await chat.close();
      db.close();
    },
  };
}
