import { describe, expect, test } from 'vitest';
import { inTurn, turns } from './turns.ts';

describe('turns', () => {
  test('lets at most the limit run at once, the rest in the order they came', async () => {
    const take = turns(2);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const work = (n: number) =>
      inTurn(take, async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        order.push(n);
        running -= 1;
        return n;
      });
    expect(await Promise.all([1, 2, 3, 4, 5, 6].map(work))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(most).toBe(2);
    expect(order.slice(2)).toEqual([3, 4, 5, 6]);
  });

  test('gives the turn back when the work fails', async () => {
    const take = turns(1);
    await expect(inTurn(take, () => Promise.reject(new Error('hash failed')))).rejects.toThrow(
      'hash failed',
    );
    // were the turn kept, this would wait for ever
    expect(await inTurn(take, () => Promise.resolve('next'))).toBe('next');
  });
});
