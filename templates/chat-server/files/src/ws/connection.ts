import { WebSocket } from 'ws';
import type { RateLimitConfig } from '../config.js';
import type { ChatUser } from '../services/token-service.js';
import type { ErrorCode, ServerEvent } from './events.js';
import { TokenBucket } from './token-bucket.js';

/** Per-socket state: who it is, which rooms it is in, its rate limit and liveness. */
export class ChatConnection {
  readonly rooms = new Set<string>();
  readonly bucket: TokenBucket;
  /** Set on connect and by every pong; cleared before each heartbeat ping. */
  isAlive = true;
  /** Once we decided to close, further frames are ignored. */
  closing = false;
  private violations = 0;
  private violationWindowStart = 0;

  constructor(
    readonly socket: WebSocket,
    readonly user: ChatUser,
    private readonly limits: RateLimitConfig,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.bucket = new TokenBucket(limits.burst, limits.perSecond, now);
  }

  get nickname(): string {
    return this.user.nickname;
  }

  send(event: ServerEvent): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(event));
  }

  sendError(code: ErrorCode, message: string, extra: Partial<Extract<ServerEvent, { type: 'error' }>> = {}): void {
    this.send({ type: 'error', code, message, ...extra });
  }

  /** Counts a rejected (rate-limited) frame; returns true when the abuse limit is exceeded. */
  recordViolation(): boolean {
    const now = this.now();
    if (now - this.violationWindowStart > this.limits.violationWindowMs) {
      this.violationWindowStart = now;
      this.violations = 0;
    }
    this.violations += 1;
    return this.violations > this.limits.maxViolations;
  }

  close(code: number, reason: string): void {
    this.closing = true;
    this.socket.close(code, reason);
  }
}
