import { z } from 'zod';

const Email = z.string().trim().toLowerCase().pipe(z.email().max(254));

// bcrypt only looks at the first 72 bytes of a password, so longer ones are refused.
const Password = z
  .string()
  .min(8, 'Password must be at least 8 characters')
  .refine((value) => Buffer.byteLength(value) <= 72, 'Password must be at most 72 bytes');

export const RegisterBody = z.object({
  email: Email,
  password: Password,
  name: z.string().trim().min(1).max(100),
});
export type RegisterInput = z.infer<typeof RegisterBody>;

export const LoginBody = z.object({
  email: Email,
  password: z.string().min(1).max(200),
});
export type LoginInput = z.infer<typeof LoginBody>;
