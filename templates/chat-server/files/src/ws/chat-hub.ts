import type { RawData, WebSocket } from 'ws';
import type { RateLimitConfig } from '../config.js';
import type { Logger } from '../lib/logger.js';
import { issueDetails } from '../lib/validate.js';
import { CLIENT_MESSAGE_TYPES, clientMessageSchema, MAX_TEXT_LENGTH, type ClientMessage } from '../schemas/protocol.js';
import type { MessageStore } from '../services/message-store.js';
import type { ChatUser } from '../services/token-service.js';
import { ChatConnection } from './connection.js';
import { CloseCode, type ServerEvent } from './events.js';
import { RoomRegistry } from './room-registry.js';

export interface ChatHubOptions {
  messages: MessageStore;
  logger: Logger;
  historyLimit: number;
  maxMessageBytes: number;
  maxRoomsPerConnection: number;
  rateLimit: RateLimitConfig;
}

/**
 * The chat itself: accepts authenticated sockets, parses and validates their frames,
 * keeps room membership, broadcasts events and drops dead connections.
 * It knows nothing about HTTP; see upgrade.ts for the handshake.
 */
export class ChatHub {
  private readonly connections = new Set<ChatConnection>();
  private readonly rooms = new RoomRegistry();
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(private readonly options: ChatHubOptions) {}

  get connectionCount(): number {
    return this.connections.size;
  }

  get roomCount(): number {
    return this.rooms.roomCount;
  }

  accept(socket: WebSocket, user: ChatUser): void {
    const connection = new ChatConnection(socket, user, this.options.rateLimit);
    this.connections.add(connection);
    this.options.logger.info('connection opened', { sessionId: user.sessionId, nickname: user.nickname });

    socket.on('message', (data, isBinary) => this.onFrame(connection, data, isBinary));
    socket.on('pong', () => {
      connection.isAlive = true;
    });
    socket.on('error', (error) => {
      // e.g. a frame over maxPayload; ws closes the socket itself right after.
      this.options.logger.warn('connection error', { sessionId: user.sessionId, error: error.message });
    });
    socket.on('close', (code) => this.onClose(connection, code));

    connection.send({
      type: 'welcome',
      nickname: user.nickname,
      limits: {
        maxMessageBytes: this.options.maxMessageBytes,
        maxTextLength: MAX_TEXT_LENGTH,
        historyOnJoin: this.options.historyLimit,
      },
    });
  }

  /**
   * Every `intervalMs`: terminate sockets that did not answer the previous ping, then ping
   * the rest. A vanished client (laptop lid closed, network gone) never sends a close frame;
   * this is how the server finds out.
   */
  startHeartbeat(intervalMs: number): void {
    this.stopHeartbeat();
    this.heartbeat = setInterval(() => {
      for (const connection of this.connections) {
        if (!connection.isAlive) {
          this.options.logger.info('dropping unresponsive connection', { sessionId: connection.user.sessionId });
          connection.socket.terminate();
          continue;
        }
        connection.isAlive = false;
        connection.socket.ping();
      }
    }, intervalMs);
    this.heartbeat.unref();
  }

  stopHeartbeat(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = undefined;
  }

  /** Closes every socket with 1001 "going away" (used on shutdown). */
  closeAll(): void {
    this.stopHeartbeat();
    for (const connection of this.connections) connection.close(CloseCode.GoingAway, 'Server shutting down');
  }

  private onFrame(connection: ChatConnection, data: RawData, isBinary: boolean): void {
    if (connection.closing) return;

    if (!connection.bucket.tryRemove()) {
      if (connection.recordViolation()) {
        this.options.logger.warn('closing connection for rate-limit abuse', {
          sessionId: connection.user.sessionId,
        });
        connection.close(CloseCode.PolicyViolation, 'Rate limit exceeded');
        return;
      }
      connection.sendError('RATE_LIMITED', 'Too many messages: slow down', {
        retryAfterMs: connection.bucket.msUntilNextToken(),
      });
      return;
    }

    if (isBinary) {
      connection.sendError('BINARY_NOT_SUPPORTED', 'Send JSON as text frames');
      return;
    }

    let json: unknown;
    try {
      json = JSON.parse(rawToString(data));
    } catch {
      connection.sendError('INVALID_JSON', 'Frames must be JSON objects');
      return;
    }

    const type = typeof json === 'object' && json !== null ? (json as { type?: unknown }).type : undefined;
    if (typeof type !== 'string' || !(CLIENT_MESSAGE_TYPES as readonly string[]).includes(type)) {
      connection.sendError(
        'INVALID_MESSAGE',
        `Unknown message type ${JSON.stringify(type ?? null)}; expected one of ${CLIENT_MESSAGE_TYPES.join(', ')}`,
      );
      return;
    }

    const parsed = clientMessageSchema.safeParse(json);
    if (!parsed.success) {
      connection.sendError('INVALID_MESSAGE', `Invalid "${type}" message`, {
        details: issueDetails(parsed.error),
      });
      return;
    }

    this.dispatch(connection, parsed.data);
  }

  private dispatch(connection: ChatConnection, message: ClientMessage): void {
    switch (message.type) {
      // @starter-replace: (stage rooms-and-broadcast) join (send the history and who is there), leave, message (store, then broadcast to the room) and typing
      case 'join':
        return this.join(connection, message.room);
      case 'leave':
        return this.leave(connection, message.room);
      case 'message':
        return this.postMessage(connection, message.room, message.text);
      case 'typing':
        return this.typing(connection, message.room, message.isTyping);
      // @starter-else
      // case 'join':
      // case 'leave':
      // case 'message':
      // case 'typing':
      //   return connection.sendError('NOT_IMPLEMENTED', `TODO (stage rooms-and-broadcast): handle "${message.type}" messages`);
      // @starter-end
      case 'ping':
        return connection.send({ type: 'pong' });
    }
  }

  // @starter-replace: (stage rooms-and-broadcast) private join / leave / postMessage / typing methods, using this.rooms, this.broadcast and this.options.messages
  private join(connection: ChatConnection, room: string): void {
    const alreadyIn = connection.rooms.has(room);
    if (!alreadyIn && connection.rooms.size >= this.options.maxRoomsPerConnection) {
      connection.sendError(
        'ROOM_LIMIT',
        `You can be in at most ${this.options.maxRoomsPerConnection} rooms at once; leave one first`,
      );
      return;
    }
    if (!alreadyIn) this.rooms.add(room, connection);

    const users = this.rooms.presence(room);
    connection.send({
      type: 'joined',
      room,
      users,
      history: this.options.messages.recent(room, this.options.historyLimit),
    });
    // Joining twice just re-sends the snapshot; the others hear about it only once.
    if (!alreadyIn) {
      this.broadcast(room, { type: 'user_joined', room, nickname: connection.nickname, users }, connection);
    }
  }

  private leave(connection: ChatConnection, room: string): void {
    if (!this.requireMembership(connection, room)) return;
    this.rooms.remove(room, connection);
    connection.send({ type: 'left', room });
    this.broadcast(room, {
      type: 'user_left',
      room,
      nickname: connection.nickname,
      users: this.rooms.presence(room),
    });
  }

  private postMessage(connection: ChatConnection, room: string, text: string): void {
    if (!this.requireMembership(connection, room)) return;
    const message = this.options.messages.add({ room, nickname: connection.nickname, text });
    // The sender gets it too: that is its confirmation, with the id and time the server gave it.
    this.broadcast(room, { type: 'message', room, message });
  }

  private typing(connection: ChatConnection, room: string, isTyping: boolean): void {
    if (!this.requireMembership(connection, room)) return;
    this.broadcast(room, { type: 'typing', room, nickname: connection.nickname, isTyping }, connection);
  }

  // @starter-end
  private onClose(connection: ChatConnection, code: number): void {
    this.connections.delete(connection);
    for (const room of [...connection.rooms]) {
      this.rooms.remove(room, connection);
      this.broadcast(room, {
        type: 'user_left',
        room,
        nickname: connection.nickname,
        users: this.rooms.presence(room),
      });
    }
    this.options.logger.info('connection closed', { sessionId: connection.user.sessionId, code });
  }

  private requireMembership(connection: ChatConnection, room: string): boolean {
    if (connection.rooms.has(room)) return true;
    connection.sendError('NOT_IN_ROOM', `Join room "${room}" first`);
    return false;
  }

  private broadcast(room: string, event: ServerEvent, except?: ChatConnection): void {
    for (const member of this.rooms.members(room)) {
      if (member !== except) member.send(event);
    }
  }
}

function rawToString(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}
