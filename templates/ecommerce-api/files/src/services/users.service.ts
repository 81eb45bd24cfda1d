import { ConflictError, UnauthorizedError } from '../errors.js';
import { now } from '../lib/sql.js';
import { toUser, type Role, type User, type UserRow } from '../models/user.js';
import type { Database } from '../db/types.js';
import type { LoginInput, RegisterInput } from '../schemas/auth.js';
import { burnTime, hashPassword, verifyPassword } from './passwords.js';

export class UserService {
  constructor(
    private readonly db: Database,
    private readonly bcryptCost: number,
  ) {}

  /** Creates a user; the public sign-up route always passes role 'customer'. */
  async create(input: RegisterInput, role: Role): Promise<User> {
    const passwordHash = await hashPassword(input.password, this.bcryptCost);
    // ON CONFLICT DO NOTHING: a taken e-mail returns no row instead of an error.
    const row = await this.db.get<UserRow>(
      `INSERT INTO users (email, name, password_hash, role, created_at)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (email) DO NOTHING
       RETURNING *`,
      [input.email, input.name, passwordHash, role, now()],
    );
    if (!row) throw new ConflictError('EMAIL_TAKEN', 'An account with this e-mail already exists');
    return toUser(row);
  }

  /** Same error for unknown e-mail and wrong password: do not reveal which accounts exist. */
  async authenticate(input: LoginInput): Promise<User> {
    const row = await this.db.get<UserRow>('SELECT * FROM users WHERE email = ?', [input.email]);
    if (!row) {
      await burnTime(input.password);
      throw new UnauthorizedError('INVALID_CREDENTIALS', 'E-mail or password is wrong');
    }
    if (!(await verifyPassword(input.password, row.password_hash))) {
      throw new UnauthorizedError('INVALID_CREDENTIALS', 'E-mail or password is wrong');
    }
    return toUser(row);
  }

  async findById(id: number): Promise<User | undefined> {
    const row = await this.db.get<UserRow>('SELECT * FROM users WHERE id = ?', [id]);
    return row ? toUser(row) : undefined;
  }

  async findByEmail(email: string): Promise<User | undefined> {
    const row = await this.db.get<UserRow>('SELECT * FROM users WHERE email = ?', [email]);
    return row ? toUser(row) : undefined;
  }
}
