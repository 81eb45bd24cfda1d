import { z } from 'zod';
import { roomSchema } from './common.js';

/** Longest chat message, in characters (after trimming). */
export const MAX_TEXT_LENGTH = 2000;

export const CLIENT_MESSAGE_TYPES = ['join', 'leave', 'message', 'typing', 'ping'] as const;

/**
 * Everything a client may send, as JSON text frames. Unknown keys are rejected so typos
 * ("txt" instead of "text") fail loudly. See "WebSocket protocol" in the README.
 */
export const clientMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('join'), room: roomSchema }),
  z.strictObject({ type: z.literal('leave'), room: roomSchema }),
  z.strictObject({
    type: z.literal('message'),
    room: roomSchema,
    text: z
      .string({ error: 'text is required' })
      .trim()
      .min(1, { error: 'text must not be empty' })
      .max(MAX_TEXT_LENGTH, { error: `text must be at most ${MAX_TEXT_LENGTH} characters` }),
  }),
  z.strictObject({
    type: z.literal('typing'),
    room: roomSchema,
    isTyping: z.boolean({ error: 'isTyping must be true or false' }),
  }),
  z.strictObject({ type: z.literal('ping') }),
]);

export type ClientMessage = z.infer<typeof clientMessageSchema>;
