/**
 * What the log may say about a failed request. A database error from Drizzle carries the
 * statement's parameters (a password hash, a session token) in its message and fields, so only
 * PostgreSQL's own code and message and the statement's name (its verb and table) are kept.
 */
export type Failure = {
  type: string;
  message: string;
  code?: string;
  statement?: string;
  constraint?: string;
  stack?: string;
};

// node-postgres and PGlite name the constraint `constraint`, postgres.js `constraint_name`.
type DatabaseCause = {
  code?: unknown;
  message?: unknown;
  constraint?: unknown;
  constraint_name?: unknown;
};

/** Drizzle's DrizzleQueryError, by shape: its query text, its params and what PostgreSQL said. */
function isQueryError(error: Error): error is Error & { query: string; params: unknown[] } {
  return typeof (error as { query?: unknown }).query === 'string' && 'params' in error;
}

/** `insert into "users"`: the verb and the first table of a statement, never its values. */
export function statementName(query: string): string {
  const verb = /^\s*(insert|update|delete|select|with)\b/i.exec(query)?.[1]?.toLowerCase() ?? 'sql';
  const table = /\b(?:into|update|from)\s+"([^"]+)"/i.exec(query)?.[1];
  return table ? `${verb} "${table}"` : verb;
}

export function failureOf(error: unknown): Failure {
  if (!(error instanceof Error)) return { type: typeof error, message: 'not an Error' };
  if (!isQueryError(error)) {
    const own = error as Error & DatabaseCause;
    return {
      type: error.name,
      message: error.message,
      ...(typeof own.code === 'string' ? { code: own.code } : {}),
      ...(error.stack ? { stack: error.stack } : {}),
    };
  }
  const cause = (error.cause ?? {}) as DatabaseCause;
  const constraint = cause.constraint ?? cause.constraint_name;
  return {
    type: 'DatabaseError',
    message: typeof cause.message === 'string' ? cause.message : 'query failed',
    statement: statementName(error.query),
    ...(typeof cause.code === 'string' ? { code: cause.code } : {}),
    ...(typeof constraint === 'string' ? { constraint } : {}),
  };
}
