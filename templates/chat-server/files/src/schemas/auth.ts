import { z } from 'zod';
import { nicknameSchema } from './common.js';

export const tokenRequestSchema = z.strictObject({ nickname: nicknameSchema });
