import type { PeopleRepository } from './people.repository.ts';

type Failures = Pick<
  PeopleRepository,
  'loginFailures' | 'countLoginFailure' | 'clearLoginFailures' | 'deleteLoginFailuresBefore'
>;

/**
 * Failed logins, counted per client address and per account in a window of a minute. Only
 * failures count: behind a municipality's proxy or NAT every colleague shares one address, and
 * twenty of them signing in on deadline morning must all get in. The per-account count stops an
 * attacker who spreads guesses over many addresses. Counted in the database
 * (`login_failures`), so that two server processes on one database (or two machines) count the
 * same failures: kept in a process, each would have allowed the limit again.
 */
export class LoginThrottle {
  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
  ) {}

  /** Seconds until every one of `keys` may try again; 0 when they may now. */
  async retryAfter(failures: Failures, keys: string[], now: Date): Promise<number> {
    let wait = 0;
    for (const entry of await failures.loginFailures(keys)) {
      const ends = entry.since.getTime() + this.windowMs;
      if (entry.count >= this.limit && ends > now.getTime())
        wait = Math.max(wait, Math.ceil((ends - now.getTime()) / 1000));
    }
    return wait;
  }

  /** One more failure under each key; what has run out of its minute goes. */
  async failed(failures: Failures, keys: string[], now: Date): Promise<void> {
    const windowStart = new Date(now.getTime() - this.windowMs);
    await failures.countLoginFailure(keys, now, windowStart);
    await failures.deleteLoginFailuresBefore(windowStart);
  }

  /** A successful login clears its account's failures (its address keeps them). */
  async succeeded(failures: Failures, accountKey: string): Promise<void> {
    await failures.clearLoginFailures(accountKey);
  }
}
