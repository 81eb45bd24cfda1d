import { readFile } from 'node:fs/promises';
// @starter-drop
import { ConflictError, NotFoundError, StorageError, ValidationError } from '../errors.js';
// @starter-else
// import {
//   ConflictError,
//   NotFoundError,
//   NotImplementedError,
//   StorageError,
//   ValidationError,
// } from '../errors.js';
// @starter-end
import {
  createUserSchema,
  updateUserSchema,
  validate,
  type Role,
  type User,
} from '../schemas/user.js';
import { emptyUsersFile, usersFileSchema, type UsersFile } from '../schemas/users-file.js';
import { writeFileAtomic } from './atomic-write.js';

/** Raw input, e.g. straight from command-line options; the store validates it. */
export interface NewUserInput {
  name: string;
  email: string;
  role?: string;
}
export type UserPatchInput = Partial<NewUserInput>;

export interface UserStoreOptions {
  /** Clock, replaceable in tests. */
  now?: () => Date;
}

/**
 * Users kept in one JSON file. Every command loads the file, changes it in memory and
 * writes it back atomically. One CLI process runs one command, so that is simple and
 * safe; two commands racing can lose one update, but never corrupt the file.
 */
export class UserStore {
  private readonly now: () => Date;

  constructor(
    readonly filePath: string,
    options: UserStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
  }

  async list(filter: { role?: Role } = {}): Promise<User[]> {
    const { users } = await this.load();
    return filter.role === undefined ? users : users.filter((user) => user.role === filter.role);
  }

  async get(id: number): Promise<User> {
    const { users } = await this.load();
    const user = users.find((candidate) => candidate.id === id);
    if (!user) throw new NotFoundError(`User ${id} not found`);
    return user;
  }

  async create(input: NewUserInput): Promise<User> {
    // @starter-replace: (stage create-users) validate the input (createUserSchema), refuse a taken e-mail, give the next id, save
    const data = validate(createUserSchema, input, 'user');
    const file = await this.load();
    assertEmailFree(file, data.email);

    const timestamp = this.now().toISOString();
    const user: User = { id: file.nextId, ...data, createdAt: timestamp, updatedAt: timestamp };
    file.users.push(user);
    file.nextId += 1;
    await this.save(file);
    return user;
    // @starter-else
    // throw new NotImplementedError('TODO (stage create-users): users create --name <name> --email <email> [--role <role>] adds a user');
    // @starter-end
  }

  async update(id: number, patch: UserPatchInput): Promise<User> {
    // @starter-replace: (stage update-user) validate the patch, refuse an empty one, 404 an unknown id, keep the e-mail unique, save
    const changes = validate(updateUserSchema, patch, 'update');
    if (changes.name === undefined && changes.email === undefined && changes.role === undefined) {
      throw new ValidationError('Nothing to update: give at least one of name, email or role');
    }
    const file = await this.load();
    const index = file.users.findIndex((user) => user.id === id);
    const current = file.users[index];
    if (!current) throw new NotFoundError(`User ${id} not found`);
    if (changes.email !== undefined) assertEmailFree(file, changes.email, id);

    const updated: User = {
      ...current,
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.email !== undefined && { email: changes.email }),
      ...(changes.role !== undefined && { role: changes.role }),
      updatedAt: this.now().toISOString(),
    };
    file.users[index] = updated;
    await this.save(file);
    return updated;
    // @starter-else
    // throw new NotImplementedError('TODO (stage update-user): users update <id> [--name] [--email] [--role] changes a user');
    // @starter-end
  }

  async delete(id: number): Promise<User> {
    // @starter-replace: (stage delete-user) remove the user (exit code 3 when the id is unknown) and save; ids are never reused
    const file = await this.load();
    const index = file.users.findIndex((user) => user.id === id);
    const [removed] = index === -1 ? [] : file.users.splice(index, 1);
    if (!removed) throw new NotFoundError(`User ${id} not found`);
    // nextId is left alone: the id of a deleted user is never reused.
    await this.save(file);
    return removed;
    // @starter-else
    // throw new NotImplementedError('TODO (stage delete-user): users delete <id> removes a user');
    // @starter-end
  }

  /** Reads and checks the file. A missing file is an empty store; a broken one is an error. */
  private async load(): Promise<UsersFile> {
    let text: string;
    try {
      text = await readFile(this.filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyUsersFile();
      throw new StorageError(`Cannot read users file ${this.filePath}: ${(error as Error).message}`);
    }

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new StorageError(`Users file ${this.filePath} is not valid JSON: ${(error as Error).message}`, [
        'Fix the file by hand, or move it away to start with an empty store.',
      ]);
    }

    const parsed = usersFileSchema.safeParse(json);
    if (!parsed.success) {
      throw new StorageError(
        `Users file ${this.filePath} has an unexpected format`,
        parsed.error.issues.map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`),
      );
    }
    return parsed.data;
  }

  private async save(file: UsersFile): Promise<void> {
    try {
      await writeFileAtomic(this.filePath, `${JSON.stringify(file, null, 2)}\n`);
    } catch (error) {
      throw new StorageError(`Cannot write users file ${this.filePath}: ${(error as Error).message}`);
    }
  }
}

function assertEmailFree(file: UsersFile, email: string, exceptId?: number): void {
  const owner = file.users.find((user) => user.email === email && user.id !== exceptId);
  if (owner) throw new ConflictError(`Email ${email} is already used by user ${owner.id}`);
}
