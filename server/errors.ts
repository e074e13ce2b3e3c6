import type { FieldIssue } from '#contracts/common.ts';

/** A failure the user can act on: stable code, HTTP status, message and details. */
export class AppError extends Error {
  constructor(
    public readonly code: string,
    public readonly statusCode: number,
    message: string,
    public readonly details?: unknown,
    /** how long to wait before trying again, sent as Retry-After: for a refusal that passes */
    public readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/**
 * Declare an error once per module: `export const unitNotFound = createError('org.unit_not_found', 404, 'Unit not found')`.
 * `retryAfterSeconds` for a refusal that passes by itself (a server busy for the moment).
 */
export function createError(
  code: string,
  statusCode: number,
  message: string,
  { retryAfterSeconds }: { retryAfterSeconds?: number } = {},
) {
  return (details?: unknown, overrideMessage?: string) =>
    new AppError(code, statusCode, overrideMessage ?? message, details, retryAfterSeconds);
}

export const validationFailed = (issues: FieldIssue[], message?: string) =>
  new AppError(
    'validation_failed',
    422,
    message ??
      `Invalid input: ${issues.map((i) => `${i.path || '(body)'} ${i.message}`).join('; ')}`,
    issues,
  );
export const notAuthenticated = createError('auth.not_authenticated', 401, 'Log in to continue');
export const forbidden = createError('auth.forbidden', 403, 'You are not allowed to do this');
export const csrfFailed = createError(
  'auth.csrf_failed',
  403,
  'Missing or wrong X-CSRF-Token header',
);
export const notFound = createError('not_found', 404, 'Not found');
