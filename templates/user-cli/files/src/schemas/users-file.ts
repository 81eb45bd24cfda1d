import { z } from 'zod';
import { userSchema } from './user.js';

/**
 * Shape of the JSON file on disk. `nextId` only ever grows, so ids of deleted users
 * are never handed out again.
 */
export const usersFileSchema = z
  .object({
    version: z.literal(1),
    nextId: z.number().int().positive(),
    users: z.array(userSchema),
  })
  .refine((file) => file.users.every((user) => user.id < file.nextId), {
    error: 'nextId must be greater than every user id',
  });
export type UsersFile = z.infer<typeof usersFileSchema>;

export function emptyUsersFile(): UsersFile {
  return { version: 1, nextId: 1, users: [] };
}
