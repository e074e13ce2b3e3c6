import http from 'node:http';
import zlib from 'node:zlib';

/**
 * What a simulated reporter of `npm run bench:rush` sends: requests with the session cookie
 * and CSRF token, spread over the servers (request i of a reporter goes to server i mod n, so
 * with two processes a session made on one is used on the other), timed per kind.
 * Not part of the app.
 */

export type Kind = 'login' | 'read' | 'save' | 'ready';

export class Stats {
  readonly samples = new Map<Kind, number[]>();
  /** when each sample's request was sent (performance.now()), in the order of `samples` */
  readonly sentAt = new Map<Kind, number[]>();
  /** unexpected answers, by kind and status (or the network error's name) */
  readonly errors = new Map<string, number>();
  /** answers the bench asked for on purpose: a stale save refused, a save to a ready report refused */
  readonly expected = new Map<string, number>();

  time(kind: Kind, ms: number, sentAt = performance.now() - ms) {
    const list = this.samples.get(kind) ?? [];
    list.push(ms);
    this.samples.set(kind, list);
    const at = this.sentAt.get(kind) ?? [];
    at.push(sentAt);
    this.sentAt.set(kind, at);
  }
  /**
   * The p99 of a kind in consecutive windows of `seconds` from `start`: whether the tail is the
   * logins' ramp at the start or the whole run.
   */
  windows(kind: Kind, start: number, seconds: number): { p99: number; n: number }[] {
    const times = this.samples.get(kind) ?? [];
    const at = this.sentAt.get(kind) ?? [];
    const byWindow: number[][] = [];
    times.forEach((ms, i) => {
      const w = Math.max(0, Math.floor((at[i]! - start) / (seconds * 1000)));
      (byWindow[w] ??= []).push(ms);
    });
    return [...byWindow].map((list) => ({ p99: percentile(list ?? [], 99), n: list?.length ?? 0 }));
  }
  error(what: string) {
    this.errors.set(what, (this.errors.get(what) ?? 0) + 1);
  }
  expect(what: string) {
    this.expected.set(what, (this.expected.get(what) ?? 0) + 1);
  }
  get errorCount() {
    return [...this.errors.values()].reduce((a, b) => a + b, 0);
  }
  /** requests per second of the kinds that make the deadline's work (not the logins) */
  throughput(seconds: number) {
    const work = (['read', 'save', 'ready'] as const).map((k) => this.samples.get(k)?.length ?? 0);
    return work.reduce((a, b) => a + b, 0) / seconds;
  }
}

export const percentile = (values: readonly number[], p: number): number => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

export type Answer = { status: number; body: unknown };

export class Client {
  private cookie = '';
  private csrf = '';
  private sent = 0;

  constructor(
    private readonly urls: readonly string[],
    private readonly stats: Stats,
    offset: number,
  ) {
    this.sent = offset;
  }

  /** The next request goes to this server (index into the urls). */
  pin(server: number) {
    this.sent = server;
  }

  async send(kind: Kind, method: string, path: string, body?: unknown): Promise<Answer | null> {
    const url = this.urls[this.sent++ % this.urls.length]! + path;
    // what a browser sends: its cookie, the CSRF token on writes, and the encodings it reads
    const headers: Record<string, string> = { 'accept-encoding': 'br, gzip' };
    const payload = body === undefined ? undefined : JSON.stringify(body);
    if (payload !== undefined) headers['content-type'] = 'application/json';
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    const started = performance.now();
    try {
      const response = await request(url, method, headers, payload);
      this.stats.time(kind, performance.now() - started, started);
      const setCookie = response.headers['set-cookie']?.[0];
      if (setCookie) this.cookie = setCookie.split(';')[0]!;
      const parsed: unknown = response.text ? JSON.parse(response.text) : null;
      if (kind === 'login' && response.status === 200)
        this.csrf = (parsed as { csrfToken: string }).csrfToken;
      return { status: response.status, body: parsed };
    } catch (error) {
      this.stats.error(`${kind} ${(error as Error).name}`);
      return null;
    }
  }
}

/**
 * One request over Node's own HTTP client, on kept-alive connections: much lighter than
 * `fetch`, so that the simulated reporters take as little of the machine as they can from the
 * server and PostgreSQL they measure. The answer is read whole and decompressed in one go.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

function request(
  url: string,
  method: string,
  headers: Record<string, string>,
  payload: string | undefined,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const sent = http.request(url, { method, headers, agent, timeout: 30_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        try {
          const raw = Buffer.concat(chunks);
          const encoding = response.headers['content-encoding'];
          const decoded =
            encoding === 'br'
              ? zlib.brotliDecompressSync(raw)
              : encoding === 'gzip'
                ? zlib.gunzipSync(raw)
                : raw;
          resolve({
            status: response.statusCode!,
            headers: response.headers,
            text: decoded.toString(),
          });
        } catch (error) {
          reject(error as Error);
        }
      });
    });
    sent.on('timeout', () =>
      sent.destroy(Object.assign(new Error('timed out'), { name: 'TimeoutError' })),
    );
    sent.on('error', reject);
    sent.end(payload);
  });
}

export const errorCode = (answer: Answer | null): string | null =>
  (answer?.body as { error?: { code?: string } } | null)?.error?.code ?? null;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
