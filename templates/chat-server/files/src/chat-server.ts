import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import type { WebSocketServer } from 'ws';
import { createApp } from './app.js';
import type { Config } from './config.js';
import type { Db } from './db/sqlite.js';
import type { Logger } from './lib/logger.js';
import { MessageStore } from './services/message-store.js';
import { TokenService } from './services/token-service.js';
import { ChatHub } from './ws/chat-hub.js';
import { attachWebSocketServer } from './ws/upgrade.js';

export type ChatServerConfig = Pick<
  Config,
  | 'jwtSecret'
  | 'tokenTtlSeconds'
  | 'historyLimit'
  | 'maxMessageBytes'
  | 'maxRoomsPerConnection'
  | 'rateLimit'
  | 'heartbeatIntervalMs'
>;

export interface ChatServer {
  app: Express;
  server: Server;
  wss: WebSocketServer;
  hub: ChatHub;
  tokens: TokenService;
  messages: MessageStore;
  listen(port: number, host: string): Promise<AddressInfo>;
  /** Closes every socket (1001), stops accepting connections and waits until done. */
  close(): Promise<void>;
}

/**
 * Wires everything together: one node:http server carries both the Express API and the
 * WebSocket endpoint (/ws). The database is passed in (already migrated) so tests can
 * use ":memory:".
 */
export function createChatServer(config: ChatServerConfig, db: Db, logger: Logger): ChatServer {
  const messages = new MessageStore(db);
  const tokens = new TokenService(config.jwtSecret, config.tokenTtlSeconds);
  const hub = new ChatHub({
    messages,
    logger,
    historyLimit: config.historyLimit,
    maxMessageBytes: config.maxMessageBytes,
    maxRoomsPerConnection: config.maxRoomsPerConnection,
    rateLimit: config.rateLimit,
  });
  const app = createApp({ hub, messages, tokens, logger });
  const server = createServer(app);
  const wss = attachWebSocketServer(server, { hub, tokens, logger, maxMessageBytes: config.maxMessageBytes });
  hub.startHeartbeat(config.heartbeatIntervalMs);

  return {
    app,
    server,
    wss,
    hub,
    tokens,
    messages,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve(server.address() as AddressInfo);
        });
      });
    },
    async close() {
      hub.closeAll();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeIdleConnections();
      });
    },
  };
}
