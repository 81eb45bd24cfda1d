import { ConflictError, UnprocessableError } from '../errors.js';
import { now } from '../lib/sql.js';
import type { Database } from '../db/types.js';

/** How long a key is remembered. After that the same key starts a new request. */
const KEY_TTL_MS = 24 * 60 * 60 * 1000;
/** A first request still "running" after this long crashed: let a retry take over. */
const IN_PROGRESS_TIMEOUT_MS = 60 * 1000;

export interface KeyRef {
  userId: number;
  scope: string;
  key: string;
}

export type BeginResult =
  | { kind: 'new' }
  | { kind: 'replay'; statusCode: number; body: unknown };

interface KeyRow {
  request_hash: string;
  status_code: number | null;
  response_body: string | null;
  created_at: string | Date;
}

/**
 * Stores the first response for each (user, scope, Idempotency-Key) so that a
 * retried request gets the same answer instead of, say, a second order.
 */
export class IdempotencyService {
  constructor(private readonly db: Database) {}

  /**
   * Claims the key for this request, or says how to answer:
   * - same key, same request, finished  -> replay the stored response
   * - same key, different request        -> 422 IDEMPOTENCY_KEY_REUSED
   * - same key, first request still running -> 409 IDEMPOTENCY_REQUEST_IN_PROGRESS
   */
  async begin(ref: KeyRef, requestHash: string, retried = false): Promise<BeginResult> {
    // The primary key makes the claim atomic: of two simultaneous requests, one inserts.
    const claimed = await this.db.run(
      `INSERT INTO idempotency_keys (user_id, scope, idem_key, request_hash, created_at)
       VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id, scope, idem_key) DO NOTHING`,
      [ref.userId, ref.scope, ref.key, requestHash, now()],
    );
    if (claimed.changes === 1) return { kind: 'new' };

    const row = await this.db.get<KeyRow>(
      'SELECT request_hash, status_code, response_body, created_at FROM idempotency_keys WHERE user_id = ? AND scope = ? AND idem_key = ?',
      [ref.userId, ref.scope, ref.key],
    );
    const age = row ? Date.now() - new Date(row.created_at).getTime() : 0;
    const abandoned = row && (age > KEY_TTL_MS || (row.status_code === null && age > IN_PROGRESS_TIMEOUT_MS));
    if ((!row || abandoned) && !retried) {
      await this.release(ref);
      return this.begin(ref, requestHash, true);
    }
    if (!row || row.request_hash !== requestHash) {
      throw new UnprocessableError(
        'IDEMPOTENCY_KEY_REUSED',
        'This Idempotency-Key was already used with a different request; use a new key',
      );
    }
    if (row.status_code === null || row.response_body === null) {
      throw new ConflictError(
        'IDEMPOTENCY_REQUEST_IN_PROGRESS',
        'A request with this Idempotency-Key is still being processed; retry later',
      );
    }
    return { kind: 'replay', statusCode: row.status_code, body: JSON.parse(row.response_body) };
  }

  /** Remembers the response that was sent for the key. */
  async complete(ref: KeyRef, statusCode: number, body: unknown): Promise<void> {
    await this.db.run(
      `UPDATE idempotency_keys SET status_code = ?, response_body = ?
       WHERE user_id = ? AND scope = ? AND idem_key = ?`,
      [statusCode, JSON.stringify(body), ref.userId, ref.scope, ref.key],
    );
  }

  /** Forgets the key (after a server error, so the client may retry with it). */
  async release(ref: KeyRef): Promise<void> {
    await this.db.run('DELETE FROM idempotency_keys WHERE user_id = ? AND scope = ? AND idem_key = ?', [
      ref.userId,
      ref.scope,
      ref.key,
    ]);
  }
}
