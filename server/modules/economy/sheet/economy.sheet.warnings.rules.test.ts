import { describe, expect, test } from 'vitest';
import { Problems } from './economy.sheet.cells.rules.ts';
import { readMeta } from './economy.sheet.header.rules.ts';
import { readEconomySheets } from './economy.sheet.read.rules.ts';
import type { Cell } from './economy.sheet.rules.ts';

/** Warnings about a file's unit and sign convention: imported all the same, with their numbers. */

const meta = (convention: string, unit = 'tkr'): Cell[][] => [
  ['Enhet', 'Nämnd A'],
  ['År', 2015],
  ['Belopp i', unit],
  ['Decimaler', 0],
  ['Teckenkonvention', convention],
  [],
];
const HEADER = [
  'Verksamhetsområde',
  'Rad',
  'Budget 2015',
  'Bokslut 2015',
  'Bokslut 2014',
  'Avvikelse',
];

function warnings(rows: Cell[][], convention = 'Intäkter negativa', header: Cell[] = HEADER) {
  const problems = new Problems();
  const table = { name: 'Ekonomi', rows: [...meta(convention), header, ...rows] };
  const result = readEconomySheets(
    [table],
    readMeta(table, problems),
    { periods: [], resultUnits: [] },
    problems,
  );
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.warnings.map((w) => [w.code, w.params]);
}

/** KS15-like rows in tkr, revenues negative, deviation budget − outcome. */
const good: Cell[][] = [
  ['SLK', 'Kostnader', 700_700, 778_800, 690_000, -78_100],
  ['SLK', 'Intäkter', -85_200, -212_000, -90_000, 126_800],
  ['Bidrag', 'Kostnader', 595_800, 585_300, 580_000, 10_500],
  ['Omstrukturering', 'Kostnader', 20_000, 35_300, 18_000, -15_300],
];

describe('a column in another unit', () => {
  test('a consistent file gives no warning', () => {
    expect(warnings(good)).toEqual([]);
  });

  test('last year pasted in mnkr into a tkr file is named, with how far off and on how many rows', () => {
    const rows: Cell[][] = good.map((row) => [
      ...row.slice(0, 4),
      (row[4] as number) / 1000,
      row[5]!,
    ]);
    expect(warnings(rows)).toEqual([
      [
        'economy.column_scale',
        { column: 'Bokslut 2014', other: 'Budget 2015', factor: '1/1\u00a0000', rows: 4, of: 4 },
      ],
    ]);
  });

  test('of two columns the second is named against the first', () => {
    const rows: Cell[][] = good.map((row) => [
      row[0]!,
      row[1]!,
      row[2]!,
      (row[3] as number) * 1000,
    ]);
    const found = warnings(rows, 'Intäkter negativa', HEADER.slice(0, 4));
    expect(found).toEqual([
      [
        'economy.column_scale',
        { column: 'Bokslut 2015', other: 'Budget 2015', factor: '1\u00a0000', rows: 4, of: 4 },
      ],
    ]);
  });

  test('one large overspend is not a unit: it must be most of the rows', () => {
    const rows = [...good, ['Nytt', 'Kostnader', 100, 90_000, 100, -89_900]];
    expect(warnings(rows)).toEqual([]);
  });
});

describe('the sign convention', () => {
  test('positive revenues under "Intäkter negativa" are named with the convention that fits them', () => {
    const rows: Cell[][] = good.map((row) =>
      row[1] === 'Intäkter' ? [row[0]!, row[1]!, 85_200, 212_000, 90_000, 126_800] : row,
    );
    expect(warnings(rows)).toEqual([
      [
        'economy.revenue_sign',
        { declared: 'Intäkter negativa', suggested: 'Intäkter positiva', rows: 1, of: 1 },
      ],
      // and its deviation, +126 800 as printed, agrees under that convention too
      [
        'economy.deviation_sign',
        {
          declared: 'Intäkter negativa',
          suggested: 'Teckenkonvention Intäkter positiva',
          rows: 1,
          of: 1,
        },
      ],
    ]);
  });

  test('deviations printed as outcome − budget on most lines are named, and what would make them agree', () => {
    const rows = good.map((row) => [...row.slice(0, 5), -(row[5] as number)]);
    expect(warnings(rows)).toEqual([
      [
        'economy.deviation_sign',
        {
          declared: 'Intäkter negativa',
          suggested:
            'avvikelse = utfall − budget (Rödtråd läser budget − utfall, positiv är gynnsam)',
          rows: 3,
          of: 3,
        },
      ],
    ]);
  });

  test('revenue deviations reversed alone point to the other convention', () => {
    const rows: Cell[][] = [
      ['A', 'Kostnader', 31_500, 34_200, null, -2_700],
      ['A', 'Intäkter', 5_000, 5_600, null, -600],
      ['B', 'Intäkter', 1_000, 1_500, null, -500],
    ];
    expect(warnings(rows, 'Intäkter positiva')).toEqual([
      [
        'economy.deviation_sign',
        {
          declared: 'Intäkter positiva',
          suggested: 'Teckenkonvention Intäkter negativa',
          rows: 2,
          of: 2,
        },
      ],
    ]);
  });
});
