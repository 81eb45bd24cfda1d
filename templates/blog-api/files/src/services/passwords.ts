import bcrypt from 'bcryptjs';

/** Hashes a password with bcrypt (pure JavaScript bcryptjs: no native build step). */
export function hashPassword(password: string, rounds: number): Promise<string> {
  return bcrypt.hash(password, rounds);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/**
 * Compared against when the e-mail is unknown, so "no such user" and "wrong
 * password" take the same time and an attacker cannot probe which e-mails exist.
 */
export function makeDummyHash(rounds: number): string {
  return bcrypt.hashSync('not-a-real-password', rounds);
}
