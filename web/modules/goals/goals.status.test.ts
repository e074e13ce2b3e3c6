import { describe, expect, test } from 'vitest';
import { statusParts } from './goals.status.ts';

const status = (over: object) => ({
  goalId: 'g',
  ownerRead: true,
  value: null,
  others: null,
  ...over,
});

describe('what the goal tree says of a goal’s status', () => {
  test('a goal its owner judged shows that judgement', () => {
    expect(statusParts(status({ value: 'helt' }))).toEqual({ own: 'helt' });
  });

  test('a goal its owner has not judged, and nobody else either, is "not reported"', () => {
    expect(statusParts(status({}))).toEqual({ own: null });
  });

  test('a KF goal the committees judge shows their counts in the roll-up’s order, without the council’s empty judgement', () => {
    expect(statusParts(status({ others: { helt: 2, delvis: 0, inte: 1, total: 4 } }))).toEqual({
      others: [
        { value: 'helt', count: 2 },
        { value: 'inte', count: 1 },
        { value: null, count: 1 },
      ],
      othersTotal: 4,
    });
  });

  test('nothing is said where the owner’s report is not read and nobody else judged it', () => {
    expect(statusParts(status({ ownerRead: false, value: null }))).toBeNull();
    expect(statusParts(undefined)).toBeNull();
  });
});
