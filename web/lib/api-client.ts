import { errorResponse, fieldIssue, type FieldIssue } from '#contracts/common.ts';

/**
 * A failed API call. `code` is the server's stable error code (translated by the UI), or
 * `network` / `http_<status>` when the response was not in the error shape.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  /** the field issues of a validation error (422), empty otherwise */
  readonly issues: FieldIssue[];

  constructor(init: { status: number; code: string; message: string; details?: unknown }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.issues = issuesOf(init.details);
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

function issuesOf(details: unknown): FieldIssue[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((item) => {
    const parsed = fieldIssue.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Turns a non-2xx response body (already parsed, or null) into an ApiError. */
export function toApiError(status: number, body: unknown): ApiError {
  const parsed = errorResponse.safeParse(body);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ApiError({ status, code, message, details });
  }
  return new ApiError({ status, code: `http_${status}`, message: `HTTP ${status}` });
}

/** `path?a=1&b=2`, leaving out empty values. */
export function withQuery(
  path: string,
  params: Record<string, string | number | null | undefined>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

// The session cookie is HttpOnly; the CSRF token comes with `me` and is echoed in a header on
// every state-changing request (double submit, see docs/decisions/002-sessions-and-csrf.md).
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type RequestOptions = { method?: Method; body?: unknown; signal?: AbortSignal };

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Calls the API; resolves with the parsed JSON body, or rejects with an ApiError. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  // Fastify refuses an empty body sent as JSON, so the content type goes only with a body.
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, code: 'network', message: String(error) });
  }
  const text = await response.text();
  const body = text ? parseJson(text) : null;
  if (!response.ok) throw toApiError(response.status, body);
  return body as T;
}

/**
 * Sends a file as the request body with its own content type (an Excel or CSV upload); resolves
 * with the parsed JSON answer, or rejects with an ApiError as `api` does.
 */
export async function apiUpload<T>(path: string, file: Blob, contentType: string): Promise<T> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': contentType,
  };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: file,
    });
  } catch (error) {
    throw new ApiError({ status: 0, code: 'network', message: String(error) });
  }
  const text = await response.text();
  const body = text ? parseJson(text) : null;
  if (!response.ok) throw toApiError(response.status, body);
  return body as T;
}
