import { z } from 'zod';

export const updateMeSchema = z
  .strictObject({
    bio: z.string().trim().max(500).nullable().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'Send at least one field to update');

export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  bio: z.string().nullable(),
  createdAt: z.iso.datetime(),
});

/** The signed-in user's own profile also shows the e-mail address. */
export const meSchema = userSchema.extend({ email: z.string() });

export type UpdateMeInput = z.infer<typeof updateMeSchema>;
