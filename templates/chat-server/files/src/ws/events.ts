import type { IssueDetail } from '../lib/validate.js';
import type { ChatMessage } from '../services/message-store.js';

/** Error codes sent in `{ type: "error" }` events. Documented in the README. */
export type ErrorCode =
  | 'INVALID_JSON'
  | 'INVALID_MESSAGE'
  | 'BINARY_NOT_SUPPORTED'
  | 'NOT_IN_ROOM'
  | 'ROOM_LIMIT'
  // @starter-drop
  | 'RATE_LIMITED';
  // @starter-else
  // | 'RATE_LIMITED'
  // | 'NOT_IMPLEMENTED';
  // @starter-end

/** Everything the server sends, as JSON text frames. */
export type ServerEvent =
  | {
      type: 'welcome';
      nickname: string;
      limits: { maxMessageBytes: number; maxTextLength: number; historyOnJoin: number };
    }
  | { type: 'joined'; room: string; users: string[]; history: ChatMessage[] }
  | { type: 'left'; room: string }
  | { type: 'user_joined'; room: string; nickname: string; users: string[] }
  | { type: 'user_left'; room: string; nickname: string; users: string[] }
  | { type: 'message'; room: string; message: ChatMessage }
  | { type: 'typing'; room: string; nickname: string; isTyping: boolean }
  | { type: 'pong' }
  | {
      type: 'error';
      code: ErrorCode;
      message: string;
      details?: IssueDetail[];
      retryAfterMs?: number;
    };

/** WebSocket close codes used by the server. */
export const CloseCode = {
  /** Server shutting down. */
  GoingAway: 1001,
  /** Policy violation: sustained rate-limit abuse. */
  PolicyViolation: 1008,
  /** Frame larger than MAX_MESSAGE_BYTES (sent by the ws library itself). */
  MessageTooBig: 1009,
} as const;
