import { z } from 'zod';

const Quantity = z.number().int().min(1).max(1000);

export const AddCartItemBody = z.object({
  productId: z.number().int().positive(),
  quantity: Quantity.default(1),
});

export const SetCartItemBody = z.object({ quantity: Quantity });

export const ProductIdParam = z.object({ productId: z.coerce.number().int().positive() });
