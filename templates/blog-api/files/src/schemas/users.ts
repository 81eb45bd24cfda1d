import { z } from 'zod';

/** users.display_name: 1 to 100 characters, as the database's CHECK says. */
export const displayNameSchema = z.string().trim().min(1).max(100);

export const updateMeSchema = z
  .strictObject({
    displayName: displayNameSchema.optional(),
    bio: z.string().trim().max(500).nullable().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'Send at least one field to update');

export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(['reader', 'author', 'admin']),
  bio: z.string().nullable(),
  createdAt: z.iso.datetime(),
});

/** The signed-in user's own profile also shows the e-mail address. */
export const meSchema = userSchema.extend({ email: z.string() });

export type UpdateMeInput = z.infer<typeof updateMeSchema>;
