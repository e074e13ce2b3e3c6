import { describe, expect, test } from 'vitest';
import type { EconomyAreaInput } from '#contracts/economy.ts';
import { structureProblems } from './economy.structure.rules.ts';

const area = (name: string, over: Partial<EconomyAreaInput> = {}): EconomyAreaInput => ({
  id: null,
  name,
  kind: 'operating',
  partOf: null,
  description: '',
  ...over,
});
const STORED = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';

const problems = (areas: EconomyAreaInput[], stored: string[] = [STORED]) =>
  structureProblems(areas, new Set(stored)).map((issue) => [issue.path, issue.message]);

describe('the areas of an economy table', () => {
  test('areas with a "Varav" sub-row under an area of the same kind above it are in order', () => {
    expect(
      problems([
        area('Äldreomsorg', { id: STORED }),
        area('Varav hemtjänst', { partOf: 'Äldreomsorg' }),
        area('Skolbyggen', { kind: 'investment' }),
        area('Varav Årstaskolan', { kind: 'investment', partOf: 'Skolbyggen' }),
      ]),
    ).toEqual([]);
    expect(problems([])).toEqual([]);
  });

  test('a name given twice, in any case, is refused at its second use', () => {
    expect(problems([area('Äldreomsorg'), area('ÄLDREOMSORG')])).toEqual([
      ['areas.1.name', '"ÄLDREOMSORG" is given twice'],
    ]);
  });

  test('an area may not take the name of a total', () => {
    expect(problems([area('summa drift'), area('Totalt netto inkl investeringar')])).toEqual([
      ['areas.0.name', '"summa drift" is the name of a total'],
      ['areas.1.name', '"Totalt netto inkl investeringar" is the name of a total'],
    ]);
  });

  test('an id must be one of the table’s stored areas, and given once', () => {
    expect(
      problems([area('A', { id: OTHER }), area('B', { id: STORED }), area('C', { id: STORED })]),
    ).toEqual([
      ['areas.0.id', 'is not an area of this table'],
      ['areas.2.id', 'is given twice'],
    ]);
  });

  test('a sub-row needs another area of the table, above it, not itself a sub-row, of its own kind', () => {
    expect(
      problems([
        area('Ensam', { partOf: 'Finns inte' }),
        area('Själv', { partOf: 'Själv' }),
        area('Före', { partOf: 'Efter' }),
        area('Efter'),
        area('Varav 1', { partOf: 'Efter' }),
        area('Varav 2', { partOf: 'Varav 1' }),
        area('Bygg', { kind: 'investment', partOf: 'Efter' }),
      ]),
    ).toEqual([
      ['areas.0.partOf', '"Finns inte" is not another area of the table'],
      ['areas.1.partOf', '"Själv" is not another area of the table'],
      ['areas.2.partOf', '"Efter" must come before its sub-row'],
      ['areas.5.partOf', '"Varav 1" is itself a sub-row'],
      ['areas.6.partOf', '"Efter" is of another kind'],
    ]);
  });
});
