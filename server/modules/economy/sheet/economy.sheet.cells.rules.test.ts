import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { displayUnits } from '#contracts/economy.ts';
import { parseAmount, toMoney } from '../economy.money.ts';
import {
  isBlank,
  MAX_ISSUES,
  norm,
  numberText,
  plainAmount,
  Problems,
  readAmount,
  textOf,
} from './economy.sheet.cells.rules.ts';

/** What readAmount gives for a cell it reads: the amount, or null for none. */
const amountOf = (value: string | null) => ({ ok: true, value });
/** What readAmount gives for a cell it refuses, and why. */
const refusal = (message: string) => ({ ok: false, message });

const runs = { seed: 20261122, numRuns: 500 };

describe('reading one cell of an economy sheet', () => {
  test('a cell’s text is trimmed, a number is as written, a formula is its stored result, and blank is null', () => {
    expect(textOf('  Äldreomsorg ')).toBe('Äldreomsorg');
    expect(textOf(1405.3)).toBe('1405.3');
    expect(textOf({ formula: 'SUM(B2:B9)', result: 12 })).toBe('12');
    expect(textOf({ formula: 'SUM(B2:B9)' })).toBeNull();
    expect(textOf('   ')).toBeNull();
    expect(textOf(null)).toBeNull();
    expect(textOf(undefined)).toBeNull();
  });

  test('blank cells are empty strings, nothing, and formulas without a result; zero is not blank', () => {
    for (const cell of [null, undefined, ' \t', { formula: 'A1' }, { formula: 'A1', result: '' }])
      expect(isBlank(cell)).toBe(true);
    for (const cell of [0, '0', { formula: 'A1', result: 0 }]) expect(isBlank(cell)).toBe(false);
  });

  test('names compare in lower case with any run of spaces, no-break ones too, as one', () => {
    expect(norm('  Summa\u00a0 DRIFT ')).toBe('summa drift');
    expect(norm('ÄLDREOMSORG')).toBe('äldreomsorg');
  });

  test('amounts in kr, tkr and mnkr become kronor with öre, exactly', () => {
    expect(readAmount('1405,3', 'kr', false)).toEqual(amountOf('1405.30'));
    expect(readAmount('1 405,3', 'tkr', false)).toEqual(amountOf('1405300.00'));
    expect(readAmount(-2.5, 'mnkr', false)).toEqual(amountOf('-2500000.00'));
    expect(readAmount('-0', 'kr', false)).toEqual(amountOf('0.00'));
    expect(readAmount('', 'kr', false)).toEqual(amountOf(null));
    expect(readAmount(null, 'kr', false)).toEqual(amountOf(null));
  });

  test('a spreadsheet number’s binary noise is dropped, and a tiny one is written out', () => {
    expect(numberText(0.1 + 0.2, 'kr')).toBe('0.3');
    expect(numberText(1e-7, 'kr')).toBe('0.00');
    expect(readAmount(0.1 + 0.2, 'kr', false)).toEqual(amountOf('0.30'));
  });

  test('Rödtråd’s own formulas read as empty; elsewhere a formula counts by its stored result', () => {
    expect(readAmount({ formula: 'B2-C2', result: 7 }, 'kr', true)).toEqual(amountOf(null));
    expect(readAmount({ formula: 'B2-C2', result: 7 }, 'kr', false)).toEqual(amountOf('7.00'));
    expect(readAmount({ formula: 'B2-C2' }, 'kr', false)).toEqual(
      refusal('formeln har inget sparat värde; öppna filen i Excel och spara den igen'),
    );
  });

  test('what is not an amount is refused with the text and the reason in Swedish', () => {
    expect(readAmount('12,5 kr', 'kr', false)).toEqual(
      refusal("'12,5 kr' är inget belopp (det innehåller tecken som inte hör till ett belopp)"),
    );
    expect(readAmount('1,005', 'kr', false)).toEqual(
      refusal("'1,005' är inget belopp (högst 2 decimaler i kr (en öre))"),
    );
    expect(readAmount(Number.NaN, 'kr', false)).toEqual(refusal("'NaN' är inget belopp"));
  });

  test('the fast path gives the full parser’s answer for any plain amount, or leaves it to the parser', () => {
    const plain = fc
      .tuple(
        fc.boolean(),
        fc.stringMatching(/^\d{1,18}$/),
        fc.option(fc.stringMatching(/^\d{1,9}$/), { nil: undefined }),
        fc.constantFrom('.', ','),
      )
      .map(([negative, whole, fraction, mark]) =>
        [negative ? '-' : '', whole, fraction === undefined ? '' : `${mark}${fraction}`].join(''),
      );
    fc.assert(
      fc.property(plain, fc.constantFrom(...displayUnits), (text, unit) => {
        const fast = plainAmount(text, unit);
        const full = parseAmount(text, unit);
        if (fast !== null) expect(full.ok && toMoney(full.ore)).toBe(fast);
        else if (full.ok)
          expect(readAmount(text, unit, false)).toEqual(amountOf(toMoney(full.ore)));
      }),
      runs,
    );
  });
});

describe('the problems of a sheet', () => {
  test('name the cell in the path and the place in Swedish in the message', () => {
    const problems = new Problems();
    problems.add('Ekonomi', 12, 'Utfall', 'beloppet är tomt', 3);
    problems.add('Resultatfonder', 4, null, 'okänd enhet');
    problems.add('Ombudgeteringar', null, null, 'bladet saknas');
    expect(problems.issues()).toEqual([
      {
        path: 'Ekonomi!D12',
        message: 'Rad 12, kolumn Utfall: beloppet är tomt',
        params: { sheet: 'Ekonomi', row: 12, column: 'Utfall' },
      },
      {
        path: 'Resultatfonder!4',
        message: 'Blad Resultatfonder, rad 4: okänd enhet',
        params: { sheet: 'Resultatfonder', row: 4 },
      },
      {
        path: 'Ombudgeteringar',
        message: 'Blad Ombudgeteringar: bladet saknas',
        params: { sheet: 'Ombudgeteringar' },
      },
    ]);
  });

  test('beyond the limit are counted, not listed, with a last line saying how many more', () => {
    const problems = new Problems();
    for (let row = 1; row <= MAX_ISSUES + 3; row += 1) problems.add('Ekonomi', row, null, 'fel');
    const issues = problems.issues();
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues.at(-1)).toEqual({ path: '', message: '… och 3 fel till av samma slag.' });
  });
});
