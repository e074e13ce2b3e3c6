import { getPriority } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './people.passwords.ts';

/** The nice value of one of this process's threads (field 19 of /proc/self/task/<tid>/stat). */
function niceOf(tid: string | number): number {
  const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
}
const threadNices = () => readdirSync('/proc/self/task').map(niceOf);
const linux = process.platform === 'linux';
// Read before this file hashes anything: the process's main thread and the one running the tests.
const mainBefore = linux ? niceOf(process.pid) : 0;
const hereBefore = getPriority();

describe('password hashing', () => {
  it('verifies the password it hashed and refuses another, a malformed hash too', async () => {
    const hash = await hashPassword('a long enough passphrase');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'a long enough passphrase')).toBe(true);
    expect(await verifyPassword(hash, 'a long enough passphrasE')).toBe(false);
    expect(await verifyPassword('not a hash', 'a long enough passphrase')).toBe(false);
  });

  it('answers every one of a burst, more than there are hashing threads, each its own', async () => {
    const passwords = Array.from({ length: 9 }, (_, i) => `passphrase number ${i} of nine`);
    const hashes = await Promise.all(passwords.map(hashPassword));
    expect(new Set(hashes).size).toBe(9);
    const checks = await Promise.all(
      hashes.flatMap((hash, i) => [
        verifyPassword(hash, passwords[i]!),
        verifyPassword(hash, passwords[(i + 1) % 9]!),
      ]),
    );
    expect(checks).toEqual(hashes.flatMap(() => [true, false]));
  });

  it.runIf(linux)(
    'hashes on threads at nice 19 and leaves the rest of the process at its priority',
    async () => {
      await hashPassword('a long enough passphrase');
      expect(threadNices()).toContain(19);
      expect(niceOf(process.pid)).toBe(mainBefore);
      expect(getPriority()).toBe(hereBefore);
      expect(mainBefore).not.toBe(19);
    },
  );
});
