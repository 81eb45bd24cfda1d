import type { User } from './schemas/user.js';

/** One user as aligned "key: value" lines. */
export function formatUser(user: User): string {
  const rows: Array<[string, string]> = [
    ['id', String(user.id)],
    ['name', user.name],
    ['email', user.email],
    ['role', user.role],
    ['created', user.createdAt],
    ['updated', user.updatedAt],
  ];
  const width = Math.max(...rows.map(([key]) => key.length));
  return rows.map(([key, value]) => `${`${key}:`.padEnd(width + 1)} ${value}`).join('\n') + '\n';
}

/** Users as a plain-text table with a header row; columns are as wide as their widest cell. */
export function formatUserTable(users: readonly User[]): string {
  const header = ['ID', 'NAME', 'EMAIL', 'ROLE', 'CREATED'];
  const rows = users.map((user) => [
    String(user.id),
    user.name,
    user.email,
    user.role,
    user.createdAt.slice(0, 10),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  return [header, ...rows]
    .map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd())
    .join('\n') + '\n';
}

export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
