import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { caseBody, membersText, moveItem, partiesOf, removeItem } from './decisions.form.ts';

describe('the proposals’ list', () => {
  test('moving an item keeps every item once and puts the moved one where asked', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { minLength: 1, maxLength: 10 }),
        fc.nat(),
        fc.nat(),
        (items, a, b) => {
          const from = a % items.length;
          const to = b % items.length;
          const moved = moveItem(items, from, to);
          expect([...moved].sort()).toEqual([...items].sort());
          expect(moved[to]).toBe(items[from]);
        },
      ),
      { seed: 11, numRuns: 200 },
    );
  });

  test('a move outside the list changes nothing; removing takes out that one', () => {
    expect(moveItem(['a', 'b'], 0, 2)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(removeItem(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });
});

test('an empty date is sent as none, and members read with their parties', () => {
  const body = caseBody(
    {
      diarienummer: '',
      title: 'T',
      proposalIntro: '',
      summary: '',
      background: '',
      reportDate: ' ',
      rapporteur: { name: '', title: '' },
      preparation: [],
      proposals: ['a'],
    },
    3,
  );
  expect(body).toMatchObject({ reportDate: null, version: 3 });
  const members = [
    { name: 'Anna König Jerlmyr', party: 'M' },
    { name: 'Joakim Larsson', party: 'M' },
    { name: 'Lotta Edholm', party: 'L' },
    { name: 'Okänd', party: '' },
  ];
  expect(membersText(members)).toBe(
    'Anna König Jerlmyr (M), Joakim Larsson (M), Lotta Edholm (L), Okänd',
  );
  expect(partiesOf(members)).toEqual(['M', 'L']);
});
