import { z } from 'zod';

export const MAX_HISTORY_PAGE = 100;

/** Query strings arrive as text: "?before=120&limit=20". */
const positiveInt = (name: string) =>
  z
    .string()
    .regex(/^[1-9]\d*$/, { error: `${name} must be a positive whole number` })
    .transform(Number);

export const historyQuerySchema = z.object({
  before: positiveInt('before').optional(),
  limit: positiveInt('limit')
    .pipe(z.number().max(MAX_HISTORY_PAGE, { error: `limit must be at most ${MAX_HISTORY_PAGE}` }))
    .default(50),
});
