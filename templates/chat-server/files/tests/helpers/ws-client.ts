import { WebSocket, type ClientOptions } from 'ws';
import type { ServerEvent } from '../../src/ws/events.js';

type EventOf<T extends ServerEvent['type']> = Extract<ServerEvent, { type: T }>;

interface Waiter {
  match: (event: ServerEvent) => boolean;
  resolve: (event: ServerEvent) => void;
}

/**
 * A real `ws` client with an inbox. `next(type)` takes the first unread event of that type
 * (waiting for it if needed); other events stay in the inbox in arrival order.
 */
export class TestClient {
  readonly inbox: ServerEvent[] = [];
  private readonly waiters: Waiter[] = [];
  /** Resolves when the socket closes, with the close code and reason. */
  readonly closed: Promise<{ code: number; reason: string }>;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const event = JSON.parse(data.toString()) as ServerEvent;
      const index = this.waiters.findIndex((waiter) => waiter.match(event));
      if (index === -1) {
        this.inbox.push(event);
      } else {
        this.waiters.splice(index, 1)[0]?.resolve(event);
      }
    });
    // Errors after the handshake (e.g. a reset) end in 'close' too; tests look at that.
    socket.on('error', () => {});
    this.closed = new Promise((resolve) => {
      socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    });
  }

  /** Opens a connection; rejects with the HTTP status if the handshake is refused. */
  static connect(url: string, options: ClientOptions = {}): Promise<TestClient> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, options);
      const client = new TestClient(socket);
      socket.once('open', () => resolve(client));
      socket.once('unexpected-response', (_req, res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => reject(new HandshakeError(res.statusCode ?? 0, body)));
      });
      socket.once('error', reject);
    });
  }

  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  next<T extends ServerEvent['type']>(
    type: T,
    where: (event: EventOf<T>) => boolean = () => true,
    timeoutMs = 2000,
  ): Promise<EventOf<T>> {
    const match = (event: ServerEvent): boolean => event.type === type && where(event as EventOf<T>);
    const index = this.inbox.findIndex(match);
    if (index !== -1) return Promise.resolve(this.inbox.splice(index, 1)[0] as EventOf<T>);

    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        match,
        resolve: (event) => {
          clearTimeout(timer);
          resolve(event as EventOf<T>);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`timed out waiting for "${type}"; inbox: ${JSON.stringify(this.inbox)}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /**
   * Round-trip barrier: sends a ping and waits for the pong. Anything the server sent this
   * client before handling the ping has arrived by then, so the inbox can be checked for
   * events that must NOT have been delivered.
   */
  async sync(): Promise<void> {
    this.send({ type: 'ping' });
    await this.next('pong');
  }

  /** Unread events of one type. */
  unread<T extends ServerEvent['type']>(type: T): EventOf<T>[] {
    return this.inbox.filter((event): event is EventOf<T> => event.type === type);
  }

  close(): void {
    this.socket.close();
  }

  terminate(): void {
    this.socket.terminate();
  }
}

export class HandshakeError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`handshake rejected with HTTP ${status}`);
  }
}
