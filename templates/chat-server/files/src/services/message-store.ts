import type { Db } from '../db/sqlite.js';

export interface ChatMessage {
  id: number;
  room: string;
  nickname: string;
  text: string;
  createdAt: string;
}

interface MessageRow {
  id: number;
  room: string;
  nickname: string;
  text: string;
  created_at: string;
}

const toMessage = (row: MessageRow): ChatMessage => ({
  id: row.id,
  room: row.room,
  nickname: row.nickname,
  text: row.text,
  createdAt: row.created_at,
});

export interface HistoryPage {
  /** Oldest first, ready to display. */
  messages: ChatMessage[];
  /** Pass as `before` to get the previous (older) page; null when there is none. */
  nextBefore: number | null;
}

/** Message history in SQLite. Every query is a prepared statement with bound parameters. */
export class MessageStore {
  private readonly insert;
  private readonly newest;
  private readonly newestBefore;

  constructor(
    db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.insert = db.prepare<[string, string, string, string], MessageRow>(
      `INSERT INTO messages (room, nickname, text, created_at) VALUES (?, ?, ?, ?)
       RETURNING id, room, nickname, text, created_at`,
    );
    this.newest = db.prepare<[string, number], MessageRow>(
      `SELECT id, room, nickname, text, created_at FROM messages
       WHERE room = ? ORDER BY id DESC LIMIT ?`,
    );
    this.newestBefore = db.prepare<[string, number, number], MessageRow>(
      `SELECT id, room, nickname, text, created_at FROM messages
       WHERE room = ? AND id < ? ORDER BY id DESC LIMIT ?`,
    );
  }

  add(input: { room: string; nickname: string; text: string }): ChatMessage {
    const row = this.insert.get(input.room, input.nickname, input.text, this.now().toISOString());
    if (!row) throw new Error('INSERT ... RETURNING returned no row');
    return toMessage(row);
  }

  /** The `limit` newest messages of a room, oldest first. */
  recent(room: string, limit: number): ChatMessage[] {
    if (limit <= 0) return [];
    return this.newest.all(room, limit).map(toMessage).reverse();
  }

  /** One page of history, newest page first; `before` is a message id (exclusive). */
  page(room: string, options: { before?: number | undefined; limit: number }): HistoryPage {
    // Ask for one extra row to know whether an older page exists.
    const rows =
      options.before === undefined
        ? this.newest.all(room, options.limit + 1)
        : this.newestBefore.all(room, options.before, options.limit + 1);
    const hasMore = rows.length > options.limit;
    const messages = rows.slice(0, options.limit).map(toMessage).reverse();
    return { messages, nextBefore: hasMore && messages[0] ? messages[0].id : null };
  }
}
