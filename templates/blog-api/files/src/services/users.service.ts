import type { DB } from '../db/schema.js';
import { NotFoundError } from '../errors.js';
import type { UpdateMeInput } from '../schemas/users.js';
import { toMe, toPublicUser, type Me, type PublicUser } from './mappers.js';

export class UsersService {
  constructor(private readonly db: DB) {}

  async getPublic(id: number): Promise<PublicUser> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw new NotFoundError('User');
    return toPublicUser(row);
  }

  async getMe(id: number): Promise<Me> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw new NotFoundError('User');
    return toMe(row);
  }

  async updateMe(id: number, input: UpdateMeInput): Promise<Me> {
    const row = await this.db
      .updateTable('users')
      .set({
        ...(input.displayName !== undefined && { display_name: input.displayName }),
        ...(input.bio !== undefined && { bio: input.bio }),
        updated_at: new Date().toISOString(),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new NotFoundError('User');
    return toMe(row);
  }
}
