import { describe, expect, it } from 'vitest';
import { ValidationError } from '../src/errors.js';
import { createUserSchema, emailSchema, idSchema, roleSchema, validate } from '../src/schemas/user.js';

function messageOf(run: () => unknown): { message: string; details: string[] } {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return { message: error.message, details: error.details };
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('user validation', () => {
  it('accepts a valid user, trims it, lower-cases the email and defaults the role', () => {
    expect(validate(createUserSchema, { name: '  Ada ', email: ' Ada@Example.COM ' }, 'user')).toEqual({
      name: 'Ada',
      email: 'ada@example.com',
      role: 'viewer',
    });
  });

  it.each(['not-an-email', 'a@', '@b.com', 'a b@c.com', ''])('rejects the email %j', (email) => {
    expect(emailSchema.safeParse(email).success).toBe(false);
  });

  it('explains a single problem in one sentence', () => {
    expect(messageOf(() => validate(createUserSchema, { name: ' ', email: 'a@b.co' }, 'user'))).toEqual({
      message: 'Name must not be empty',
      details: [],
    });
    expect(messageOf(() => validate(createUserSchema, { name: 'A', email: 'nope' }, 'user')).message).toBe(
      'Email must be a valid email address like name@example.com',
    );
    expect(messageOf(() => validate(roleSchema, 'owner', 'role')).message).toBe(
      'Role must be one of admin, editor, viewer',
    );
  });

  it('lists every problem when there are several', () => {
    const result = messageOf(() => validate(createUserSchema, { email: 'x', role: 'root' }, 'user'));
    expect(result.message).toBe('Invalid user');
    expect(result.details).toEqual([
      'name is required',
      'email must be a valid email address like name@example.com',
      'role must be one of admin, editor, viewer',
    ]);
  });

  it('parses ids strictly', () => {
    expect(validate(idSchema, '42', 'user id')).toBe(42);
    for (const bad of ['0', '-1', '1.5', 'abc', '07', '1e3', '']) {
      expect(messageOf(() => validate(idSchema, bad, 'user id')).message).toBe(
        'User id must be a positive whole number',
      );
    }
  });
});
