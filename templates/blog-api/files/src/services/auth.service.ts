import type { AppConfig } from '../config.js';
import { isUniqueViolation } from '../db/errors.js';
import type { DB } from '../db/schema.js';
import { ConflictError, UnauthorizedError } from '../errors.js';
import type { LoginInput, RegisterInput } from '../schemas/auth.js';
import type { AccessTokens } from './access-tokens.js';
import { toMe, type Me } from './mappers.js';
import { hashPassword, makeDummyHash, verifyPassword } from './passwords.js';
import { RefreshTokens } from './refresh-tokens.js';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
}

export class AuthService {
  private readonly refreshTokens: RefreshTokens;
  private readonly dummyHash: string;

  constructor(
    private readonly db: DB,
    private readonly config: AppConfig,
    private readonly accessTokens: AccessTokens,
  ) {
    this.refreshTokens = new RefreshTokens(db, config.refreshTokenTtlDays);
    this.dummyHash = makeDummyHash(config.bcryptRounds);
  }

  async register(input: RegisterInput): Promise<{ user: Me; tokens: TokenPair }> {
    const taken = await this.db
      .selectFrom('users')
      .select(['email', 'username'])
      .where((eb) => eb.or([eb('email', '=', input.email), eb('username', '=', input.username)]))
      .executeTakeFirst();
    if (taken) {
      throw new ConflictError(
        taken.email === input.email ? 'E-mail is already registered' : 'Username is taken',
      );
    }

    const now = new Date().toISOString();
    const passwordHash = await hashPassword(input.password, this.config.bcryptRounds);
    try {
      const user = await this.db
        .insertInto('users')
        .values({
          email: input.email,
          username: input.username,
          display_name: input.displayName ?? input.username,
          password_hash: passwordHash,
          bio: null,
          created_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return { user: toMe(user), tokens: await this.issueTokens(user.id, user.username) };
    } catch (err) {
      // Two sign-ups racing for the same e-mail: the UNIQUE constraint decides.
      if (isUniqueViolation(err)) throw new ConflictError('E-mail or username is already taken');
      throw err;
    }
  }

  async login(input: LoginInput): Promise<{ user: Me; tokens: TokenPair }> {
    const user = await this.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', input.email)
      .executeTakeFirst();
    const ok = await verifyPassword(input.password, user?.password_hash ?? this.dummyHash);
    if (!user || !ok) {
      // Same message for both cases: do not reveal which e-mails exist.
      throw new UnauthorizedError('Invalid e-mail or password', 'INVALID_CREDENTIALS');
    }
    return { user: toMe(user), tokens: await this.issueTokens(user.id, user.username) };
  }

  async refresh(refreshToken: string): Promise<TokenPair> {
    const rotated = await this.refreshTokens.rotate(refreshToken);
    const user = await this.db
      .selectFrom('users')
      .select(['id', 'username'])
      .where('id', '=', rotated.userId)
      .executeTakeFirst();
    if (!user) throw new UnauthorizedError('Invalid refresh token', 'INVALID_REFRESH_TOKEN');
    return this.pair(
      await this.accessTokens.sign({ userId: user.id, username: user.username }),
      rotated.refreshToken,
    );
  }

  logout(refreshToken: string): Promise<void> {
    return this.refreshTokens.revoke(refreshToken);
  }

  private async issueTokens(userId: number, username: string): Promise<TokenPair> {
    const accessToken = await this.accessTokens.sign({ userId, username });
    const refreshToken = await this.refreshTokens.issue(this.db, userId);
    return this.pair(accessToken, refreshToken);
  }

  private pair(accessToken: string, refreshToken: string): TokenPair {
    return {
      accessToken,
      refreshToken,
      tokenType: 'Bearer',
      expiresIn: this.accessTokens.ttlSeconds,
    };
  }
}
