import { createServer, type Server, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

// PGlite behind the PostgreSQL wire protocol on 127.0.0.1, so a learner's PostgreSQL project (pg,
// psycopg, SQLAlchemy...) can run without a database server installed. The npm package
// @electric-sql/pglite-socket does this too, but its 0.2.x releases pin an exact PGlite version
// (and seven extension packages) as peer dependencies, which conflicts with the PGlite we ship;
// the bridge itself is small: frame messages, answer SSLRequest with 'N', and give one connection
// at a time the single PGlite backend until its Sync/Query is done and no transaction is open.

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;

/** One PGlite session shared by many connections: the owner keeps it for a whole exchange. */
class SessionLock {
  private owner: object | undefined;
  private waiters: (() => void)[] = [];

  async acquire(who: object): Promise<void> {
    while (this.owner !== undefined && this.owner !== who) await new Promise<void>((r) => this.waiters.push(r));
    this.owner = who;
  }

  release(who: object): void {
    if (this.owner !== who) return;
    this.owner = undefined;
    for (const wake of this.waiters.splice(0)) wake();
  }
}

class Connection {
  private buffer = Buffer.alloc(0);
  private started = false;
  private chain = Promise.resolve();

  constructor(
    private readonly socket: Socket,
    private readonly db: PGlite,
    private readonly lock: SessionLock,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.chain = this.chain.then(() => this.drain()).catch(() => void socket.destroy());
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      this.chain = this.chain.then(() => this.abandon());
    });
  }

  /** Takes every complete message from the buffer, in order. */
  private async drain(): Promise<void> {
    for (;;) {
      if (!this.started) {
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) return;
        const code = this.buffer.readInt32BE(4);
        const message = this.take(length);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) this.socket.write('N');
        else if (code === CANCEL_REQUEST) this.socket.end();
        else {
          this.started = true;
          await this.exchange(message, true);
        }
        continue;
      }
      if (this.buffer.length < 5) return;
      const length = 1 + this.buffer.readInt32BE(1);
      if (this.buffer.length < length) return;
      const type = String.fromCharCode(this.buffer[0]!);
      const message = this.take(length);
      if (type === 'X') {
        await this.abandon();
        this.socket.end();
        return;
      }
      // Sync ('S') and simple Query ('Q') end an exchange; Parse/Bind/Execute in between must not interleave.
      await this.exchange(message, type === 'S' || type === 'Q');
    }
  }

  private take(length: number): Uint8Array {
    const message = this.buffer.subarray(0, length);
    this.buffer = this.buffer.subarray(length);
    return new Uint8Array(message);
  }

  private async exchange(message: Uint8Array, endsExchange: boolean): Promise<void> {
    await this.lock.acquire(this);
    try {
      await this.db.runExclusive(() =>
        this.db.execProtocolRawStream(message, {
          onRawData: (data: Uint8Array) => {
            if (data.length > 0 && this.socket.writable) this.socket.write(Buffer.from(data));
          },
        }),
      );
    } finally {
      if (endsExchange && !this.db.isInTransaction()) this.lock.release(this);
    }
  }

  /** A connection that goes away mid-transaction must not leave the shared session in it. */
  private async abandon(): Promise<void> {
    await this.lock.acquire(this);
    try {
      if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    } catch {
      // nothing more to undo
    } finally {
      this.lock.release(this);
    }
  }
}

export interface PgliteServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

export async function servePglite(db: PGlite, host = '127.0.0.1'): Promise<PgliteServer> {
  const lock = new SessionLock();
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    new Connection(socket, db, lock);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    url: `postgres://postgres:postgres@${host}:${port}/postgres?sslmode=disable`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
