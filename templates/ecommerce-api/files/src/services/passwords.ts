import bcrypt from 'bcryptjs';

/** bcryptjs is pure JavaScript: no native build step, same hashes as the C bcrypt. */
export function hashPassword(password: string, cost: number): Promise<string> {
  return bcrypt.hash(password, cost);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the e-mail is unknown, so a wrong e-mail takes as long as a
// wrong password and response times do not reveal which accounts exist.
const DUMMY_HASH = bcrypt.hashSync('not-a-real-password', 10);

export async function burnTime(password: string): Promise<void> {
  await bcrypt.compare(password, DUMMY_HASH);
}
