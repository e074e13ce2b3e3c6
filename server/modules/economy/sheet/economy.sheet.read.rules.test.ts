import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Problems } from './economy.sheet.cells.rules.ts';
import { readMeta } from './economy.sheet.header.rules.ts';
import { readEconomySheets } from './economy.sheet.read.rules.ts';
import type { Cell } from './economy.sheet.rules.ts';

/** The meta rows of the layout: the header is on row 10, the first figures on row 11. */
const META: Cell[][] = [
  ['Rödtråd – ekonomi per verksamhetsområde'],
  ['Enhet', 'Nämnd A'],
  ['År', 2015],
  ['Belopp i', 'mnkr'],
  ['Decimaler', 1],
  ['Teckenkonvention', 'Intäkter negativa'],
  ['Tabellrubrik', 'Nämnd A'],
  [],
  [],
];
const HEADER: Cell[] = [
  'Verksamhetsområde',
  'Rad',
  'Justerad budget 2015',
  'Utfall 2015',
  'Prognos T2',
  'Typ',
  'Del av',
  'Beskrivning',
];
const context = { periods: ['T1', 'T2'], resultUnits: [] };

function read(rows: Cell[][], header: Cell[] = HEADER) {
  const problems = new Problems();
  const table = { name: 'Ekonomi', rows: [...META, header, ...rows] };
  return readEconomySheets([table], readMeta(table, problems), context, problems);
}
const messages = (result: ReturnType<typeof read>) =>
  result.ok ? [] : result.issues.map((issue) => issue.message);
const mn = (text: string) => `${text}00000.00`;

describe('reading the economy table', () => {
  test('reads each area’s lines in the order first seen, with its kind, parent and text', () => {
    const result = read([
      ['Område A', 'Kostnader', 31.5, 34.2, 33, 'Drift', null, 'Hemtjänst'],
      ['Område A', 'Intäkter', -5, -5.6, null, null, null, null],
      [],
      ['Varav A1', 'Kostnader', 4, 4.2, null, 'Drift', 'Område A', null],
      ['Investeringar', 'Kostnader', 2, 1.5, null, 'Investering', null, null],
    ]);
    expect(result.ok, messages(result).join('\n')).toBe(true);
    if (!result.ok) return;
    // the blank row is not a row of figures
    expect(result.rows).toBe(4);
    expect(result.sheet.periods).toEqual(['T2']);
    expect(
      result.sheet.areas.map((a) => [
        a.name,
        a.kind,
        a.partOf,
        a.description,
        Object.keys(a.lines),
      ]),
    ).toEqual([
      ['Område A', 'operating', null, 'Hemtjänst', ['costs', 'revenues']],
      ['Varav A1', 'operating', 'Område A', '', ['costs']],
      ['Investeringar', 'investment', null, '', ['costs']],
    ]);
    expect(result.sheet.areas[0]!.lines.costs).toEqual({
      originalBudget: null,
      adjustedBudget: mn('315'),
      outcome: mn('342'),
      previousYearOutcome: null,
      deviation: null,
      forecasts: new Map([['T2', mn('330')]]),
    });
  });

  test('a row without figures names its area but is no line', () => {
    const result = read([['Område A', 'Kostnader', null, null, null, 'Drift', null, null]]);
    expect(result.ok && result.sheet.areas).toEqual([
      { name: 'Område A', kind: 'operating', partOf: null, description: '', lines: {} },
    ]);
  });

  test('a printed total is kept apart from the areas; the total including investments is net', () => {
    const result = read([
      ['Område A', 'Kostnader', 31.5, 34.2, null, null, null, null],
      ['Summa drift', 'Kostnader', 31.5, 34.2, null, null, null, null],
      ['Totalt netto inkl investeringar', null, 33.5, 35.7, null, null, null, null],
    ]);
    expect(result.ok, messages(result).join('\n')).toBe(true);
    if (!result.ok) return;
    expect(result.sheet.areas.map((a) => a.name)).toEqual(['Område A']);
    expect(result.sheet.totals.operating?.costs?.outcome).toBe(mn('342'));
    expect(result.sheet.totals.including_investments?.net?.adjustedBudget).toBe(mn('335'));
  });

  test('a header that is unknown, twice, or a period the year lacks is refused at its column', () => {
    const header = [...HEADER, 'Prognos T3', 'Utfall 2015', 'Kommentar'];
    expect(messages(read([], header))).toEqual([
      'Rad 10, kolumn Prognos T3: 2015 har ingen prognosperiod T3 (T1, T2)',
      'Rad 10, kolumn Utfall 2015: kolumnen finns redan',
      expect.stringMatching(/^Rad 10, kolumn Kommentar: /),
    ]);
  });

  test('a table without its area or row column is refused', () => {
    expect(messages(read([], ['Verksamhetsområde', 'Utfall 2015']))).toEqual([
      'Rad 10: kolumnen Rad saknas',
    ]);
  });

  test('a filled cell right of the header is refused rather than dropped', () => {
    const result = read([['Område A', 'Kostnader', 1, 2, null, null, null, null, 'x']]);
    expect(messages(result)).toEqual([
      "Rad 11, kolumn I: 'x' står utanför tabellen: rubrikraden har 8 kolumner",
    ]);
  });

  test('a row without a name or of an unknown kind is refused', () => {
    expect(
      messages(
        read([
          [null, 'Kostnader', 1, null, null, null, null, null],
          ['Område A', 'Kostnad', 1, null, null, null, null, null],
        ]),
      ),
    ).toEqual([
      'Rad 11, kolumn Verksamhetsområde: namnet saknas',
      "Rad 12, kolumn Rad: 'Kostnad' ska vara Kostnader, Intäkter eller Netto",
    ]);
  });

  test('a total with a forecast, or a cost row of the total including investments, is refused', () => {
    expect(
      messages(
        read([
          ['Summa drift', 'Kostnader', 1, 1, 1, null, null, null],
          ['Totalt netto inkl investeringar', 'Kostnader', 1, 1, null, null, null, null],
        ]),
      ),
    ).toEqual([
      'Rad 11: prognoser för summor räknas av Rödtråd; skriv dem per verksamhetsområde',
      'Rad 12, kolumn Rad: Totalt netto inkl investeringar har bara en Netto-rad',
    ]);
  });

  test('rows of one area that disagree on type or text, or give a line twice, are refused', () => {
    expect(
      messages(
        read([
          ['Område A', 'Kostnader', 1, null, null, 'Drift', null, 'Hemtjänst'],
          ['Område A', 'Intäkter', 1, null, null, 'Investering', null, 'Annat'],
          ['Område A', 'Kostnader', 2, null, null, 'Okänd', null, null],
        ]),
      ),
    ).toEqual([
      "Rad 12, kolumn Typ: 'Investering' men rad 11 säger Drift",
      'Rad 12, kolumn Beskrivning: skiljer sig från beskrivningen på rad 11',
      "Rad 13: Kostnader för 'Område A' står redan på rad 11",
      "Rad 13, kolumn Typ: 'Okänd' ska vara Drift, Investering eller Stort projekt",
    ]);
  });

  test('a "Varav" row needs another area of its type above it that is not itself a "Varav" row', () => {
    expect(
      messages(
        read([
          ['Varav före', 'Kostnader', 1, null, null, null, 'Område A', null],
          ['Område A', 'Kostnader', 1, null, null, 'Drift', null, null],
          ['Varav A1', 'Kostnader', 1, null, null, null, 'Område A', null],
          ['Varav A11', 'Kostnader', 1, null, null, null, 'Varav A1', null],
          ['Projekt', 'Kostnader', 1, null, null, 'Investering', 'Område A', null],
          ['Ensam', 'Kostnader', 1, null, null, null, 'Ensam', null],
          ['Okänd', 'Kostnader', 1, null, null, null, 'Finns inte', null],
        ]),
      ),
    ).toEqual([
      "Rad 11, kolumn Del av: 'Område A' ska stå före sin varav-rad",
      "Rad 14, kolumn Del av: 'Varav A1' är själv en varav-rad",
      "Rad 15, kolumn Del av: 'Område A' är av en annan typ",
      "Rad 16, kolumn Del av: 'Ensam' är inget annat verksamhetsområde i filen",
      "Rad 17, kolumn Del av: 'Finns inte' är inget annat verksamhetsområde i filen",
    ]);
  });

  test('any order of distinct areas’ rows reads the same lines (property)', () => {
    const rows: Cell[][] = ['A', 'B', 'C', 'D'].flatMap((name, i) => [
      [`Område ${name}`, 'Kostnader', i + 1, i + 2, null, null, null, null],
      [`Område ${name}`, 'Intäkter', -i, -i - 1, null, null, null, null],
    ]);
    const linesOf = (result: ReturnType<typeof read>) =>
      result.ok
        ? Object.fromEntries(result.sheet.areas.map((a) => [a.name, a.lines]))
        : result.issues;
    const expected = linesOf(read(rows));
    fc.assert(
      fc.property(fc.shuffledSubarray(rows, { minLength: rows.length }), (shuffled) => {
        expect(linesOf(read(shuffled))).toEqual(expected);
      }),
      { seed: 20151231, numRuns: 100 },
    );
  });

  test('"Differens mellan åren" is checked against the two outcomes as printed, a warning at each row that differs', () => {
    const header = [
      'Verksamhetsområde',
      'Rad',
      'Bokslut 2015',
      'Bokslut 2014',
      'Differens mellan åren',
      'Typ',
    ];
    const result = read(
      [
        // 34,2 − 30,0: as printed
        ['Område A', 'Kostnader', 34.2, 30, 4.2, 'Drift'],
        // each figure rounded to one decimal: 0,1 apart is rounding, not a mistake
        ['Område A', 'Intäkter', -5.6, -5.05, -0.6, null],
        // printed the other way round (last year less this year)
        ['Område B', 'Kostnader', 12, 10, -2, 'Drift'],
        // the difference is not printed, or one outcome is missing: nothing to check
        ['Område C', 'Kostnader', 3, 2, null, 'Drift'],
        ['Område D', 'Kostnader', 3, null, 1, 'Drift'],
      ],
      header,
    );
    expect(result.ok, messages(result).join('\n')).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map((w) => [w.path, w.code, w.params])).toEqual([
      [
        'Ekonomi!E13',
        'economy.year_difference',
        { row: 13, area: 'Område B', printed: '−2,0', computed: '2,0' },
      ],
    ]);
    // checked, not stored: the outcomes are what the file gives
    const b = result.sheet.areas.find((a) => a.name === 'Område B')!;
    expect(b.lines.costs).toMatchObject({ outcome: mn('120'), previousYearOutcome: mn('100') });
  });

  test("another year's budget deviation is refused; this year's, as the result per area prints it, is the deviation", () => {
    const header = [
      'Verksamhetsområde',
      'Rad',
      'Budget 2015',
      'Bokslut 2015',
      'Budget avvikelse 2015',
      'Typ',
    ];
    const result = read([['Område A', 'Kostnader', 34.2, 30, 4.2, 'Drift']], header);
    expect(result.ok, messages(result).join('\n')).toBe(true);
    if (result.ok) expect(result.sheet.areas[0]!.lines.costs?.deviation).toBe(mn('42'));
    const other = read(
      [['Område A', 'Kostnader', 34.2, 30, 4.2, 'Drift']],
      [...header.slice(0, 4), 'Budget avvikelse 2014', 'Typ'],
    );
    expect(messages(other).join('\n')).toContain("'Budget avvikelse 2014' avser inte 2015");
  });

  test('a row labelled as a total but typed as an area is imported with a warning at its label', () => {
    const result = read([
      ['Område A', 'Kostnader', 31.5, 34.2, null, 'Drift', null, null],
      ['Summa verksamhet', 'Kostnader', 31.5, 34.2, null, 'Drift', null, null],
      ['SUMMA:', 'Netto', 31.5, 34.2, null, null, null, null],
      ['Totalt', 'Kostnader', 1, 1, null, 'Investering', null, null],
      ['Summa drift', 'Kostnader', 31.5, 34.2, null, null, null, null],
      ['Summan av bidrag', 'Kostnader', 1, 1, null, 'Drift', null, null],
      ['Totalförsvar', 'Kostnader', 1, 1, null, 'Drift', null, null],
    ]);
    expect(result.ok, messages(result).join('\n')).toBe(true);
    if (!result.ok) return;
    // "Summa drift" is the printed total; "Summan …" and "Totalförsvar" are names, not labels
    expect(result.sheet.areas.map((a) => a.name)).toContain('Summan av bidrag');
    expect(result.warnings.map((w) => [w.path, w.code, w.params])).toEqual([
      ['Ekonomi!A12', 'economy.total_typed_as_area', { area: 'Summa verksamhet', row: 12 }],
      ['Ekonomi!A13', 'economy.total_typed_as_area', { area: 'SUMMA:', row: 13 }],
      ['Ekonomi!A14', 'economy.total_typed_as_area', { area: 'Totalt', row: 14 }],
    ]);
    expect(read([['Område A', 'Kostnader', 1, 1, null, 'Drift', null, null]])).toMatchObject({
      ok: true,
      warnings: [],
    });
  });
});
