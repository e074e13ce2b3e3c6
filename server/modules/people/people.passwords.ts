import { availableParallelism } from 'node:os';
import { hash, verify } from '@node-rs/argon2';
import { inTurn, turns } from '#server/turns.ts';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane. @node-rs/argon2 defaults to argon2id.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/**
 * A hash takes a core for tens of milliseconds, on libuv's four threads. When a whole
 * administration signs in on deadline morning, four at once took both cores of a small server
 * from the reports being read and saved beside them (the rush's worst seconds): at most half the
 * cores hash at once, the other logins wait their turn.
 */
const hashing = turns(Math.max(1, Math.floor(availableParallelism() / 2)));

export const hashPassword = (password: string) => inTurn(hashing, () => hash(password, options));

export const verifyPassword = (passwordHash: string, password: string) =>
  inTurn(hashing, () => verify(passwordHash, password)).catch(() => false);

/** Verified against when the e-mail is unknown, so a miss costs as long as a wrong password. */
export const dummyHash = hash('not-a-real-password-0000', options);
