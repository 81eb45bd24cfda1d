import { z } from 'zod';

export const NICKNAME_PATTERN = /^[A-Za-z0-9_-]{2,24}$/;
export const ROOM_PATTERN = /^[a-z0-9][a-z0-9_-]{0,31}$/;

/** 2-24 letters, digits, "_" or "-". Shown to other users, so kept simple and printable. */
export const nicknameSchema = z
  .string({ error: 'nickname is required' })
  .trim()
  .regex(NICKNAME_PATTERN, { error: 'nickname must be 2-24 letters, digits, "_" or "-"' });

/** Room names are lower-cased: "General" and "general" are the same room. */
export const roomSchema = z
  .string({ error: 'room is required' })
  .trim()
  .toLowerCase()
  .regex(ROOM_PATTERN, {
    error: 'room must be 1-32 characters: letters, digits, "_" or "-", starting with a letter or digit',
  });
