/**
 * Failed logins, counted per client address and per account in a window of a minute. Only
 * failures count: behind a municipality's proxy or NAT every colleague shares one address, and
 * twenty of them signing in on deadline morning must all get in. The per-account count stops an
 * attacker who spreads guesses over many addresses. Kept in memory: one server process, and a
 * restart forgetting a minute of failures costs little.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly maxKeys = 100_000,
  ) {}

  /** Seconds until every one of `keys` may try again; 0 when they may now. */
  retryAfter(keys: string[], now: number): number {
    let wait = 0;
    for (const key of keys) {
      const entry = this.live(key, now);
      if (entry && entry.count >= this.limit)
        wait = Math.max(wait, Math.ceil((entry.since + this.windowMs - now) / 1000));
    }
    return wait;
  }

  failed(keys: string[], now: number): void {
    if (this.failures.size >= this.maxKeys) this.forgetOld(now);
    for (const key of keys) {
      const entry = this.live(key, now);
      if (entry) entry.count += 1;
      else this.failures.set(key, { count: 1, since: now });
    }
  }

  /** A successful login clears its account's failures (its address keeps them). */
  succeeded(accountKey: string): void {
    this.failures.delete(accountKey);
  }

  private live(key: string, now: number) {
    const entry = this.failures.get(key);
    if (entry && now - entry.since >= this.windowMs) {
      this.failures.delete(key);
      return undefined;
    }
    return entry;
  }

  private forgetOld(now: number): void {
    for (const [key, entry] of this.failures)
      if (now - entry.since >= this.windowMs) this.failures.delete(key);
    // still full of live keys (a flood of addresses): drop the oldest rather than grow
    for (const key of this.failures.keys()) {
      if (this.failures.size < this.maxKeys) break;
      this.failures.delete(key);
    }
  }
}
