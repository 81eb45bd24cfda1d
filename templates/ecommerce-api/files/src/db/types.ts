/** A value bound to a `?` placeholder. Money is integer cents, times are ISO strings. */
export type SqlParam = string | number | null;

/**
 * The few calls the services need. SQL is written with `?` placeholders and values
 * are always passed separately (parameterized), never glued into the string.
 */
export interface Queryable {
  /** Every row of a SELECT, or of an INSERT/UPDATE/DELETE ... RETURNING. */
  all<T>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
  /** The first row, or undefined. */
  get<T>(sql: string, params?: readonly SqlParam[]): Promise<T | undefined>;
  /** An INSERT/UPDATE/DELETE without RETURNING; `changes` = rows affected. */
  run(sql: string, params?: readonly SqlParam[]): Promise<{ changes: number }>;
  /** Several statements at once. Trusted SQL only (migration files), never user input. */
  exec(script: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly dialect: 'sqlite' | 'postgres';
  /**
   * Runs `fn` inside BEGIN ... COMMIT on one connection; any throw rolls back.
   * Inside `fn`, use only the `tx` argument: the handle itself would wait for the
   * connection the transaction holds (the adapters detect this and throw).
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Settings for either adapter; each one reads the field it needs. */
export interface DatabaseConfig {
  /** SQLite file path, or ':memory:'. */
  sqliteFile: string;
  /** postgres://user:password@host:5432/dbname */
  databaseUrl: string | undefined;
}
