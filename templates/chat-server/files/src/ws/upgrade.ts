import { STATUS_CODES, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { Logger } from '../lib/logger.js';
import type { TokenService } from '../services/token-service.js';
import type { ChatHub } from './chat-hub.js';

export const WS_PATH = '/ws';

export interface AttachOptions {
  hub: ChatHub;
  tokens: TokenService;
  logger: Logger;
  maxMessageBytes: number;
}

/**
 * Handles the HTTP "Upgrade: websocket" request ourselves (noServer mode) so the token is
 * checked BEFORE the WebSocket exists: a missing or bad `?token=` gets a plain
 * `401 Unauthorized` response and the TCP connection is closed. Browsers cannot set
 * headers on a WebSocket handshake, hence the query parameter.
 */
export function attachWebSocketServer(server: Server, options: AttachOptions): WebSocketServer {
  const wss = new WebSocketServer({
    noServer: true,
    // Frames above this close the socket with 1009 before we ever see them.
    maxPayload: options.maxMessageBytes,
    perMessageDeflate: false,
  });

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const onSocketError = (error: Error) => options.logger.debug('handshake socket error', { error: error.message });
    socket.on('error', onSocketError);

    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== WS_PATH) {
      rejectUpgrade(socket, 404, 'NOT_FOUND', `WebSocket endpoint is ${WS_PATH}`);
      return;
    }
    const token = url.searchParams.get('token');
    if (!token) {
      rejectUpgrade(socket, 401, 'UNAUTHORIZED', 'Missing token: connect to /ws?token=<token from POST /auth/token>');
      return;
    }

    options.tokens.verify(token).then(
      (user) => {
        if (socket.destroyed) return;
        socket.off('error', onSocketError);
        wss.handleUpgrade(request, socket, head, (ws) => options.hub.accept(ws, user));
      },
      () => rejectUpgrade(socket, 401, 'UNAUTHORIZED', 'Invalid or expired token'),
    );
  });

  return wss;
}

/** Writes a minimal HTTP error response with the usual JSON error body, then closes. */
function rejectUpgrade(socket: Duplex, status: number, code: string, message: string): void {
  if (socket.destroyed) return;
  const body = JSON.stringify({ error: { code, message } });
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
      'Connection: close\r\n' +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      '\r\n' +
      body,
  );
}
